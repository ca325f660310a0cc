package eu.csar.audit.application;

import eu.csar.audit.api.AccountlessActor;
import eu.csar.audit.api.AuditAction;
import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.domain.AuditRecord;
import eu.csar.audit.domain.AuditRepository;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.api.PublishedService;
import eu.csar.shared.domain.ProviderId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The one way any service records an audited action: the caller (actor, roles, Member States,
 * provider) is taken from {@link Caller}, never from the HTTP layer; the action is a constant of
 * the context's own {@link AuditAction} enum, which also names the object's type. Successful actions
 * are recorded in the action's own transaction, so they commit or roll back with it; refusals in a
 * transaction of their own, so they survive the rollback of the refused call. Recording takes no
 * shared lock: the entry is written unsealed and the {@link AuditChainer} seals it into the hash
 * chain shortly after the transaction commits.
 * An internal bean, not an EJB: only services and the transports' error mappers call it.
 */
@PublishedService
@ApplicationScoped
public class AuditRecorder {

    static final String SYSTEM_ACTOR = "system";

    @Inject
    Caller caller;

    @Inject
    AccountlessActing accountless;

    @Inject
    AuditRepository repository;

    @Inject
    Clock clock;

    /** Records a completed action within the current transaction (which must exist). */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID success(AuditAction action, Object objectId, String purpose) {
        return append(action, objectId, purpose, AuditOutcome.SUCCESS);
    }

    /** Records a refused attempt (wrong role, wrong tenant, unknown object, a rule) so that it outlives the refused call's rollback. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public UUID refusal(AuditAction action, Object objectId, String purpose, AuditOutcome outcome) {
        return append(action, objectId, purpose, outcome);
    }

    /**
     * The actor as the trail names it: the accountless actor of the step under way
     * ({@link AccountlessActing}, e.g. {@code victim:VC-NL-7KQ2M9XD}), else the caller's name, else
     * {@code system} for the platform's own background work.
     */
    public String actorName() {
        return accountless().map(AccountlessActor::name).orElseGet(() -> caller.isAuthenticated() ? caller.name() : SYSTEM_ACTOR);
    }

    /** The accountless actor of the step under way; none where no request context is active (e.g. a batch job's thread). */
    private Optional<AccountlessActor> accountless() {
        try {
            return accountless.current();
        } catch (ContextNotActiveException e) {
            return Optional.empty();
        }
    }

    /**
     * Without an authenticated caller or an accountless actor, the only way into an audited service
     * is the platform's own background work (message consumers, timers): recorded as the actor
     * {@code system}.
     */
    private UUID append(AuditAction action, Object objectId, String purpose, AuditOutcome outcome) {
        Optional<AccountlessActor> without = accountless();
        boolean person = caller.isAuthenticated();
        String roles = without.map(AccountlessActor::role)
                .orElseGet(() -> person ? caller.roles().stream().sorted().collect(Collectors.joining(",")) : Roles.SYSTEM);
        String memberStates = without.isPresent()
                ? without.map(AccountlessActor::memberState).map(Enum::name).orElse("")
                : caller.memberStates().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        UUID provider = without.isPresent() ? null : caller.providerId().map(ProviderId::value).orElse(null);
        AuditRecord record = new AuditRecord(actorName(), roles, memberStates, provider,
                action.name(), action.objectType(), objectId == null ? null : objectId.toString(), purpose, outcome);
        return repository.append(record, clock).id();
    }
}
