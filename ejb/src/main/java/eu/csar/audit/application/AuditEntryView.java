package eu.csar.audit.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.domain.AuditEntry;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One entry of the trail as auditors read it; a detached, serializable copy of the sealed entry. */
public record AuditEntryView(long seq, UUID id, Instant occurredAt, String actor, String roles, String memberStates,
                             UUID providerId, String action, String objectType, String objectId, String purpose,
                             AuditOutcome outcome, String entryHash) implements Serializable {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.seq(), e.id(), e.occurredAt(), e.actor(), e.roles(), e.memberStates(), e.providerId(),
                e.action(), e.objectType(), e.objectId(), e.purpose(), e.outcome(), e.entryHash());
    }
}
