package eu.csar.indicators.application;

import eu.csar.indicators.api.ProvenanceSource;
import eu.csar.indicators.api.SubmissionId;
import eu.csar.shared.domain.MemberState;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One provenance link of an indicator: where it came from, on which decision, with which process. */
public record ProvenanceView(UUID id, SubmissionId submission, ProvenanceSource source, MemberState memberState,
                             String authority, String decisionReference, LocalDate decisionDate, String process,
                             String processVersion, String label, boolean verified, Instant addedAt,
                             Instant withdrawnAt, String withdrawnReason) implements Serializable {

    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}
