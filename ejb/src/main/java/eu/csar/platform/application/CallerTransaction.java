package eu.csar.platform.application;

import eu.csar.shared.api.PublishedService;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.function.Supplier;

/**
 * Whether a service runs inside its caller's transaction, for services that otherwise run each
 * attempt of a change in a {@link NewTransaction} of its own ({@link LostUpdateRetry}). Inside a
 * caller's transaction (an idempotent partner write, whose kept answer must commit together with
 * the change) the change runs there, once: a lost update then fails the caller's transaction and
 * the partner's retry runs it again. Such services declare {@code SUPPORTS}, so that they see the
 * caller's transaction and start none of their own.
 */
@ApplicationScoped
@PublishedService
public class CallerTransaction {

    @Resource
    TransactionSynchronizationRegistry registry;

    public boolean isActive() {
        return registry.getTransactionKey() != null;
    }

    /** {@code change} in the caller's transaction if there is one, otherwise in new transactions, retried on a lost update. */
    public <T> T joinOrRetry(NewTransaction newTransaction, Supplier<T> change) {
        return isActive() ? change.get() : LostUpdateRetry.standard().run(() -> newTransaction.call(change));
    }
}
