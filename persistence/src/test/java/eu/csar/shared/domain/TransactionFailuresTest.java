package eu.csar.shared.domain;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransactionFailuresTest {

    /** Stands in for Hibernate's exception, which is recognised by its class name. */
    static class StaleStateException extends RuntimeException {
    }

    /** A subclass of a class with Hibernate's exact name, as StaleObjectStateException is. */
    static class StaleObjectStateException extends org.hibernate.StaleStateException {
    }

    static <T extends Throwable> T causedBy(T outer, Throwable cause) {
        outer.initCause(cause);
        return outer;
    }

    @Test
    void anOptimisticLockFailureIsALostUpdateWhereverItSitsInTheChain() {
        assertEquals(TransactionFailures.Kind.LOST_UPDATE, TransactionFailures.classify(new OptimisticLockException()));
        assertTrue(TransactionFailures.isLostUpdate(new EJBException("wrapped", new OptimisticLockException())));
        assertTrue(TransactionFailures.isLostUpdate(new EJBTransactionRolledbackException("commit",
                causedBy(new RollbackException("at commit"), new PersistenceException(new OptimisticLockException())))));
    }

    @Test
    void hibernatesStaleStateIsRecognisedByItsClassHierarchy() {
        assertTrue(TransactionFailures.isLostUpdate(new PersistenceException(new StaleObjectStateException())));
        assertFalse(TransactionFailures.isLostUpdate(new StaleStateException()), "the same simple name in another package is not Hibernate's");
    }

    @Test
    void aRollbackAtCommitWithoutAReasonIsALostUpdate() {
        assertTrue(TransactionFailures.isLostUpdate(new EJBTransactionRolledbackException("commit", new RollbackException("ARJUNA016053"))));
        assertFalse(TransactionFailures.isLostUpdate(new EJBTransactionRolledbackException("in the caller's transaction",
                new IllegalStateException("a bug"))));
        assertEquals(TransactionFailures.Kind.OTHER, TransactionFailures.classify(new EJBTransactionRolledbackException("commit",
                causedBy(new RollbackException("at commit"), new SQLException("value too long", "22001")))),
                "a rollback at commit with a cause of its own is that cause's failure");
    }

    @Test
    void aUniqueViolationIsADuplicateAndSerializationFailuresAreLostUpdates() {
        SQLException unique = new SQLException("duplicate key", "23505");
        assertTrue(TransactionFailures.isDuplicate(new PersistenceException(new RuntimeException(unique))));
        SQLException batch = new SQLException("batch failed", "XX000");
        batch.setNextException(new SQLException("duplicate key", "23505"));
        assertTrue(TransactionFailures.isDuplicate(batch));
        assertTrue(TransactionFailures.isLostUpdate(new SQLException("could not serialize", "40001")));
        assertTrue(TransactionFailures.isLostUpdate(new SQLException("deadlock detected", "40P01")));
    }

    @Test
    void anythingElseIsOtherEvenWithACycleInTheChain() {
        assertEquals(TransactionFailures.Kind.OTHER, TransactionFailures.classify(new IllegalArgumentException()));
        assertEquals(TransactionFailures.Kind.OTHER, TransactionFailures.classify(new SQLException("value too long", "22001")));
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertEquals(TransactionFailures.Kind.OTHER, TransactionFailures.classify(a));
        assertEquals(TransactionFailures.Kind.OTHER, TransactionFailures.classify(null));
    }
}
