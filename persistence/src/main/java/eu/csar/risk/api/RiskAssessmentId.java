package eu.csar.risk.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The identity of one risk assessment (Art 3-6); opaque, printed as the UUID alone. */
public record RiskAssessmentId(UUID value) implements Serializable {

    public RiskAssessmentId {
        Objects.requireNonNull(value, "value");
    }

    public static RiskAssessmentId of(String value) {
        return new RiskAssessmentId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
