package eu.csar.audit.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.domain.AuditTrailEntry;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the trail as auditors read it; a detached, serializable copy. {@code seq} is the order
 * of writing, {@code chainSeq} the position in the hash chain (null while the entry is sealing);
 * {@code actor} is null once retention has erased the actor's name.
 */
public record AuditEntryView(long seq, UUID id, Instant occurredAt, String actor, String roles, String memberStates,
                             UUID providerId, String action, String objectType, String objectId, String purpose,
                             AuditOutcome outcome, String entryHash, Long chainSeq, Instant sealedAt) implements Serializable {

    static AuditEntryView of(AuditTrailEntry e) {
        return new AuditEntryView(e.seq(), e.id(), e.occurredAt(), e.actor(), e.roles(), e.memberStates(), e.providerId(),
                e.action(), e.objectType(), e.objectId(), e.purpose(), e.outcome(), e.entryHash(), e.chainSeq(), e.sealedAt());
    }

    /** Written but not yet linked into the hash chain. */
    public boolean sealing() {
        return chainSeq == null;
    }

    /** The actor's name was erased by retention; the entry and the chain stay. */
    public boolean actorErased() {
        return actor == null;
    }
}
