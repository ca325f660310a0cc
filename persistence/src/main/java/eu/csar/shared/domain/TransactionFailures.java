package eu.csar.shared.domain;

import jakarta.persistence.OptimisticLockException;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells, from anything a transaction threw, whether it failed because another transaction got
 * there first. The cause that matters may sit anywhere in the chain: a flush inside the service
 * throws {@link OptimisticLockException} (Hibernate's {@code StaleStateException} inside), a
 * failure at commit arrives as an {@code EJBTransactionRolledbackException} or a JTA
 * {@code RollbackException}, and the database's own answer is an {@link SQLException} with its
 * SQLState. Hibernate is recognised by class name so that this kernel class needs no Hibernate API.
 */
public final class TransactionFailures {

    /** What went wrong, as a caller can act on it. */
    public enum Kind {
        /** Someone else changed the same rows meanwhile: retry (if the change commutes) or answer 409 stale. */
        LOST_UPDATE,
        /** A unique constraint said no (SQLState 23505): answer 409 duplicate. */
        DUPLICATE,
        /** Anything else: a real failure. */
        OTHER
    }

    private static final String UNIQUE_VIOLATION = "23505";
    private static final Set<String> CONCURRENCY_STATES = Set.of("40001", "40P01");
    private static final Set<String> LOST_UPDATE_CLASSES = Set.of(
            "org.hibernate.StaleStateException",
            "org.hibernate.dialect.lock.OptimisticEntityLockException",
            "jakarta.ejb.ConcurrentAccessException");
    private static final String COMMIT_ROLLBACK = "jakarta.transaction.RollbackException";

    private TransactionFailures() {
    }

    public static Kind classify(Throwable thrown) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Throwable last = null;
        for (Throwable t = thrown; t != null && seen.add(t); t = t.getCause()) {
            Kind kind = classifyOne(t);
            if (kind != Kind.OTHER) {
                return kind;
            }
            last = t;
        }
        // A commit that the transaction manager rolled back without giving a cause: in this platform
        // every write is flushed inside the service, so what is left to fail at commit is a concurrent
        // writer. A rollback with any other cause (a value too long, a bug) is a real failure.
        return last != null && last.getCause() == null && isA(last, COMMIT_ROLLBACK) ? Kind.LOST_UPDATE : Kind.OTHER;
    }

    public static boolean isLostUpdate(Throwable thrown) {
        return classify(thrown) == Kind.LOST_UPDATE;
    }

    public static boolean isDuplicate(Throwable thrown) {
        return classify(thrown) == Kind.DUPLICATE;
    }

    private static Kind classifyOne(Throwable t) {
        if (t instanceof OptimisticLockException || LOST_UPDATE_CLASSES.stream().anyMatch(name -> isA(t, name))) {
            return Kind.LOST_UPDATE;
        }
        if (t instanceof SQLException sql) {
            for (SQLException s = sql; s != null; s = s.getNextException() == s ? null : s.getNextException()) {
                if (UNIQUE_VIOLATION.equals(s.getSQLState())) {
                    return Kind.DUPLICATE;
                }
                if (s.getSQLState() != null && CONCURRENCY_STATES.contains(s.getSQLState())) {
                    return Kind.LOST_UPDATE;
                }
            }
        }
        return Kind.OTHER;
    }

    private static boolean isA(Throwable t, String className) {
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
            if (c.getName().equals(className)) {
                return true;
            }
        }
        return false;
    }
}
