package eu.csar.audit.application;

import eu.csar.audit.domain.AuditActorRepository;
import eu.csar.security.api.Roles;
import eu.csar.shared.api.PublishedService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The audit context's door for retention (Art 51(4)): forgets the names behind pseudonyms that have
 * been idle since the rule's cutoff. Only the {@code audit_actors} row goes; the chained entries keep
 * the pseudonym, so the chain still verifies and the trail shows the actor as erased. Runs in the
 * caller's transaction (the sweep's batch, which records and audits the batch once). The name that
 * records the batch is never taken in the same batch.
 */
@PublishedService
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ActorNameErasure {

    @Inject
    AuditActorRepository actors;

    @Inject
    AuditRecorder audit;

    /** Erases up to {@code max} names with no entry after {@code idleSince}; answers their pseudonyms, ordered. */
    @RolesAllowed(Roles.SYSTEM)
    public List<UUID> eraseIdle(@NotNull Instant idleSince, @Min(1) int max) {
        return actors.eraseIdle(idleSince, audit.actorName(), max);
    }
}
