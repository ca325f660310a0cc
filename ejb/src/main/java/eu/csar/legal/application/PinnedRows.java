package eu.csar.legal.application;

import eu.csar.legal.api.ProfileRef;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.Optional;
import java.util.UUID;

/**
 * The stored rows of the profile versions pinned in the current transaction: a case that pins the
 * newest version and reads a value of it at once (report intake: the report types at opening) reads
 * the version's row id with the pin, not a second time. Kept as a resource of the JTA transaction,
 * so it ends with it: nothing outlives the transaction, and on any node the next transaction reads
 * which row a reference names again (a version is never changed or removed while a transaction that
 * pinned it runs: versions are only added). Without a transaction nothing is kept.
 */
final class PinnedRows {

    /** The key of one pinned version among the transaction's resources. */
    private record Key(ProfileRef ref) {
    }

    private PinnedRows() {
    }

    /** Remembers that {@code ref} is stored as row {@code row} for the rest of the current transaction. */
    static void remember(TransactionSynchronizationRegistry transaction, ProfileRef ref, UUID row) {
        if (active(transaction)) {
            transaction.putResource(new Key(ref), row);
        }
    }

    /** The row of {@code ref} if it was pinned in the current transaction. */
    static Optional<UUID> rowOf(TransactionSynchronizationRegistry transaction, ProfileRef ref) {
        return active(transaction) ? Optional.ofNullable((UUID) transaction.getResource(new Key(ref))) : Optional.empty();
    }

    private static boolean active(TransactionSynchronizationRegistry transaction) {
        return transaction != null && transaction.getTransactionKey() != null;
    }
}
