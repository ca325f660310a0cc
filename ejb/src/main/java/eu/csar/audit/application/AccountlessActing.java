package eu.csar.audit.application;

import eu.csar.audit.api.AccountlessActor;
import eu.csar.shared.api.PublishedService;
import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who acts when no account does: a service that has checked an accountless credential (the victim
 * page's session) runs the step inside {@link #as}, and every entry recorded meanwhile, down to the
 * other contexts it calls (the indicator submission, the inbox notice), names that actor instead of
 * {@code system}. Request-scoped, and restored when the step ends, so nothing outlives the step.
 */
@PublishedService
@RequestScoped
public class AccountlessActing {

    private AccountlessActor actor;

    /** Runs {@code step} with {@code who} as the actor of every audit entry it records. */
    public <T> T as(AccountlessActor who, Supplier<T> step) {
        AccountlessActor before = actor;
        actor = who;
        try {
            return step.get();
        } finally {
            actor = before;
        }
    }

    /** Runs {@code step} with {@code who} as the actor of every audit entry it records. */
    public void as(AccountlessActor who, Runnable step) {
        as(who, () -> {
            step.run();
            return null;
        });
    }

    /** The actor of the step under way, if a step runs inside {@link #as}. */
    public Optional<AccountlessActor> current() {
        return Optional.ofNullable(actor);
    }
}
