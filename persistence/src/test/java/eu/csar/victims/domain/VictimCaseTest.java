package eu.csar.victims.domain;

import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.victims.api.SignInOutcome;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VictimCaseTest {

    static final SecureRandom RANDOM = new SecureRandom();
    static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");
    static final AccessLimits LIMITS = new AccessLimits(3, Duration.ofMinutes(15), 5, Duration.ofMinutes(10), Duration.ofMinutes(15));
    static final String CODE = "ABCD-EFGH-JKMN-PQRS-TVWX";

    static VictimCase withCode() {
        VictimCase c = VictimCase.open("VC-NL-TEST0001", MemberState.NL, "NL-FILE-1", "ca-nl", T0);
        c.issueCode(AccessCode.hash(CODE, RANDOM), T0);
        return c;
    }

    @Test
    void theRightCodeSignsInAndClearsTheCountOfWrongOnes() {
        VictimCase c = withCode();
        assertEquals(SignInOutcome.WRONG_CODE, c.signIn("WRONG", T0, LIMITS));
        assertEquals(1, c.failedAttempts());
        assertEquals(SignInOutcome.SIGNED_IN, c.signIn(CODE, T0, LIMITS));
        assertEquals(0, c.failedAttempts());
        assertEquals(SignInOutcome.SIGNED_IN, c.signIn(CODE, T0, LIMITS), "the code is not spent by signing in");
    }

    @Test
    void theNthWrongCodeLocksForTheConfiguredPeriodEvenForTheRightCode() {
        VictimCase c = withCode();
        assertEquals(SignInOutcome.WRONG_CODE, c.signIn("x", T0, LIMITS));
        assertEquals(SignInOutcome.WRONG_CODE, c.signIn("y", T0, LIMITS));
        assertEquals(SignInOutcome.LOCKED, c.signIn("z", T0, LIMITS));
        assertEquals(T0.plus(Duration.ofMinutes(15)), c.lockedUntil());
        assertEquals(SignInOutcome.LOCKED, c.signIn(CODE, T0.plus(Duration.ofMinutes(14)), LIMITS));
        assertEquals(T0.plus(Duration.ofMinutes(15)), c.lockedUntil(), "a try while locked does not extend the lock");
        assertEquals(SignInOutcome.SIGNED_IN, c.signIn(CODE, T0.plus(Duration.ofMinutes(15)), LIMITS));
        assertNull(c.lockedUntil());
    }

    @Test
    void aRevokedCodeIsRefusedAndANewOneUnlocks() {
        VictimCase c = withCode();
        for (int i = 0; i < 3; i++) {
            c.signIn("wrong" + i, T0, LIMITS);
        }
        assertTrue(c.locked(T0));
        c.revokeCode(T0);
        assertFalse(c.hasCode());
        assertEquals(SignInOutcome.REVOKED, c.signIn(CODE, T0, LIMITS));
        assertThrows(RuleViolationException.class, () -> c.revokeCode(T0), "nothing left to revoke");
        String fresh = AccessCode.generate(RANDOM);
        c.issueCode(AccessCode.hash(fresh, RANDOM), T0);
        assertFalse(c.locked(T0));
        assertEquals(SignInOutcome.WRONG_CODE, c.signIn(CODE, T0, LIMITS), "the old code no longer works");
        assertEquals(SignInOutcome.SIGNED_IN, c.signIn(fresh, T0, LIMITS));
    }

    @Test
    void anAddressIsBlockedOnlyWithinItsWindowAtTheLimit() {
        assertFalse(LIMITS.addressBlocked(0, null, T0));
        assertFalse(LIMITS.addressBlocked(4, T0, T0.plusSeconds(1)));
        assertTrue(LIMITS.addressBlocked(5, T0, T0.plusSeconds(1)));
        assertTrue(LIMITS.addressBlocked(5, T0, T0.plus(Duration.ofMinutes(10)).minusMillis(1)));
        assertFalse(LIMITS.addressBlocked(5, T0, T0.plus(Duration.ofMinutes(10))));
        assertThrows(IllegalArgumentException.class,
                () -> new AccessLimits(0, Duration.ZERO, 1, Duration.ZERO, Duration.ZERO));
    }
}
