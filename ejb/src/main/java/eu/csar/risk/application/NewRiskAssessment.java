package eu.csar.risk.application;

import eu.csar.risk.api.AssessmentKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.Map;

/**
 * What a provider submits: the fields of its report by name (those the legal profile lists for the
 * kind), optionally the kind (derived from the services it offers when left out) and the legal
 * profile (the platform's default when left out).
 */
public record NewRiskAssessment(AssessmentKind kind, @Size(max = 40) String profile,
                                @NotNull @Size(max = 40) Map<String, String> fields) implements Serializable {
}
