package eu.csar.indicators.application;

import eu.csar.indicators.api.ProvenanceSource;
import eu.csar.indicators.api.SubmissionId;
import eu.csar.indicators.domain.SubmissionState;
import eu.csar.shared.domain.MemberState;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One submission with all its lines and where its verification stands.
 *
 * @param verifiableByCaller whether the caller may verify it now (a reviewer other than the submitter, still SUBMITTED)
 */
public record SubmissionView(SubmissionId id, String setCode, MemberState memberState, ProvenanceSource source,
                             String authority, String decisionReference, LocalDate decisionDate, String process,
                             String processVersion, String submittedBy, Instant submittedAt, SubmissionState state,
                             String verifiedBy, Instant verifiedAt, int lineCount, int linkedCount, int refusedCount,
                             List<LineView> lines, boolean verifiableByCaller) implements Serializable {
}
