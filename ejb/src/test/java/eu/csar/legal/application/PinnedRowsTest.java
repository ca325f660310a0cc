package eu.csar.legal.application;

import eu.csar.legal.api.ProfileRef;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The row of a version pinned in a transaction is known for the rest of that transaction only, and
 * only for that version: another version, another transaction or no transaction reads it again.
 */
class PinnedRowsTest {

    static final ProfileRef V3 = new ProfileRef("COM-2022-209", 3);
    static final ProfileRef V4 = new ProfileRef("COM-2022-209", 4);

    /** A JTA transaction's resources as the registry keeps them; {@link #end} starts the next transaction. */
    static final class Transactions implements TransactionSynchronizationRegistry {
        Object key = new Object();
        Map<Object, Object> resources = new HashMap<>();

        void end() {
            key = new Object();
            resources = new HashMap<>();
        }

        void none() {
            key = null;
            resources = new HashMap<>();
        }

        @Override
        public Object getTransactionKey() {
            return key;
        }

        @Override
        public void putResource(Object k, Object value) {
            if (key == null) {
                throw new IllegalStateException("no transaction");
            }
            resources.put(k, value);
        }

        @Override
        public Object getResource(Object k) {
            if (key == null) {
                throw new IllegalStateException("no transaction");
            }
            return resources.get(k);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
        }

        @Override
        public int getTransactionStatus() {
            return 0;
        }

        @Override
        public void setRollbackOnly() {
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }

    @Test
    void aVersionPinnedInTheTransactionIsKnownInItAndOnlyThatVersion() {
        Transactions tx = new Transactions();
        UUID row = UUID.randomUUID();
        PinnedRows.remember(tx, V3, row);
        assertEquals(Optional.of(row), PinnedRows.rowOf(tx, new ProfileRef("COM-2022-209", 3)));
        assertEquals(Optional.empty(), PinnedRows.rowOf(tx, V4), "another version is read from the database");
        assertEquals(Optional.empty(), PinnedRows.rowOf(tx, new ProfileRef("OTHER-1", 3)));
    }

    @Test
    void theNextTransactionReadsTheRowAgain() {
        Transactions tx = new Transactions();
        PinnedRows.remember(tx, V3, UUID.randomUUID());
        tx.end();
        assertEquals(Optional.empty(), PinnedRows.rowOf(tx, V3));
    }

    @Test
    void withoutATransactionNothingIsKept() {
        Transactions tx = new Transactions();
        tx.none();
        PinnedRows.remember(tx, V3, UUID.randomUUID());
        assertEquals(Optional.empty(), PinnedRows.rowOf(tx, V3));
        assertEquals(Optional.empty(), PinnedRows.rowOf(null, V3));
    }
}
