package eu.csar.risk.application;

import eu.csar.risk.api.DueKind;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A provider's own assessments, newest first, and the next date it must act by among the current
 * ones (null before its first assessment: the platform does not know when its service started).
 */
public record OwnAssessments(List<RiskAssessmentView> items, Instant nextDueAt, DueKind nextDueKind) implements Serializable {
}
