package eu.csar.platform.application;

import jakarta.transaction.TransactionSynchronizationRegistry;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inside a caller's transaction a change runs there, once; without one, in a new transaction of its own. */
class CallerTransactionTest {

    static CallerTransaction with(Object transactionKey) {
        CallerTransaction t = new CallerTransaction();
        t.registry = (TransactionSynchronizationRegistry) Proxy.newProxyInstance(TransactionSynchronizationRegistry.class.getClassLoader(),
                new Class<?>[]{TransactionSynchronizationRegistry.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getTransactionKey")) {
                        return transactionKey;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return t;
    }

    /** Counts the transactions it would have begun. */
    static final class CountingNewTransaction extends NewTransaction {
        final AtomicInteger begun = new AtomicInteger();

        @Override
        public <T> T call(java.util.function.Supplier<T> work) {
            begun.incrementAndGet();
            return super.call(work);
        }
    }

    @Test
    void inTheCallersTransactionTheChangeRunsThere() {
        CountingNewTransaction newTransaction = new CountingNewTransaction();
        CallerTransaction caller = with("tx-1");
        assertTrue(caller.isActive());
        assertEquals("done", caller.joinOrRetry(newTransaction, () -> "done"));
        assertEquals(0, newTransaction.begun.get());
    }

    @Test
    void withoutOneItRunsInANewTransaction() {
        CountingNewTransaction newTransaction = new CountingNewTransaction();
        CallerTransaction caller = with(null);
        assertFalse(caller.isActive());
        assertEquals("done", caller.joinOrRetry(newTransaction, () -> "done"));
        assertEquals(1, newTransaction.begun.get());
    }
}
