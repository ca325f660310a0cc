package eu.csar.platform.application;

import eu.csar.shared.domain.RuleViolationException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LostUpdateRetryTest {

    final LostUpdateRetry retry = new LostUpdateRetry(3, 0);

    @Test
    void aLostUpdateIsRepeatedUntilItSucceeds() {
        AtomicInteger attempts = new AtomicInteger();
        String result = retry.run(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new EJBException("lost", new OptimisticLockException());
            }
            return "done";
        });
        assertEquals("done", result);
        assertEquals(3, attempts.get());
    }

    @Test
    void afterTheLastAttemptTheFailureGoesToTheCaller() {
        AtomicInteger attempts = new AtomicInteger();
        EJBException lost = new EJBException("lost", new OptimisticLockException());
        EJBException thrown = assertThrows(EJBException.class, () -> retry.run(() -> {
            attempts.incrementAndGet();
            throw lost;
        }));
        assertSame(lost, thrown);
        assertEquals(3, attempts.get());
    }

    @Test
    void anyOtherFailureIsNeverRepeated() {
        AtomicInteger attempts = new AtomicInteger();
        assertThrows(RuleViolationException.class, () -> retry.run(() -> {
            attempts.incrementAndGet();
            throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, null, "suspended");
        }));
        assertEquals(1, attempts.get());
        assertThrows(IllegalArgumentException.class, () -> new LostUpdateRetry(0, 0));
    }
}
