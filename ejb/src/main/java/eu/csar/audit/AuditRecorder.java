package eu.csar.audit;

import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The one way any service records an audited action: the caller (actor, roles, Member States,
 * provider) is taken from {@link Caller}, never from the HTTP layer. Successful actions are
 * recorded in the action's own transaction, so they commit or roll back with it; refusals in a
 * transaction of their own, so they survive the rollback of the refused call.
 * An internal bean, not an EJB: only services and the API error mappers call it.
 */
@ApplicationScoped
public class AuditRecorder {

    static final String SYSTEM_ACTOR = "system";

    @Inject
    Caller caller;

    @Inject
    AuditRepository repository;

    @Inject
    Clock clock;

    /** Records a completed action within the current transaction (which must exist). */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID success(String action, String objectType, Object objectId, String purpose) {
        return append(action, objectType, objectId, purpose, AuditOutcome.SUCCESS);
    }

    /** Records a refused attempt (wrong role, wrong tenant, unknown object) so that it outlives the refused call's rollback. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public UUID refusal(String action, String objectType, Object objectId, String purpose, AuditOutcome outcome) {
        return append(action, objectType, objectId, purpose, outcome);
    }

    /**
     * Without an authenticated caller, the only way into an audited service is the platform's own
     * background work (message consumers, timers): recorded as the actor {@code system}.
     */
    private UUID append(String action, String objectType, Object objectId, String purpose, AuditOutcome outcome) {
        boolean person = caller.isAuthenticated();
        AuditRecord record = new AuditRecord(
                person ? caller.name() : SYSTEM_ACTOR,
                person ? caller.roles().stream().sorted().collect(Collectors.joining(",")) : Roles.SYSTEM,
                caller.memberStates().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                caller.providerId().orElse(null),
                action, objectType, objectId == null ? null : objectId.toString(), purpose, outcome);
        return repository.append(record, clock.instant()).id();
    }
}
