package eu.csar.indicators.application;

import eu.csar.indicators.api.SubmissionId;
import eu.csar.indicators.domain.SubmissionState;
import eu.csar.shared.domain.MemberState;

import java.io.Serializable;
import java.time.Instant;

/** One submission in the verification queue. */
public record SubmissionSummary(SubmissionId id, String setCode, MemberState memberState, String authority,
                                String decisionReference, String submittedBy, Instant submittedAt,
                                SubmissionState state, int lineCount, int linkedCount,
                                int refusedCount) implements Serializable {
}
