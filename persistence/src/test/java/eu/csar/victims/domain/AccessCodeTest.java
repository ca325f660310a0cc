package eu.csar.victims.domain;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccessCodeTest {

    static final SecureRandom RANDOM = new SecureRandom();
    /** Iterations for the checks that are not about the cost: the real count takes a noticeable time per hash. */
    private static final int FEW = 1_000;

    @Test
    void aCodeIsTwentyCharactersInGroupsOfFourAndNeverRepeats() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String code = AccessCode.generate(RANDOM);
            assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}"), code);
            assertTrue(seen.add(code), "no code twice");
        }
        assertTrue(AccessCode.caseNumber(RANDOM, "NL").matches("VC-NL-[0-9A-HJKMNP-TV-Z]{8}"));
    }

    @Test
    void theStoredFormIsASaltedHashThatOnlyTheCodeMatches() {
        String code = AccessCode.generate(RANDOM);
        AccessCode.Hashed stored = AccessCode.hash(code, RANDOM);
        AccessCode.Hashed again = AccessCode.hash(code, RANDOM, FEW);
        assertEquals(64, stored.hash().length());
        assertFalse(stored.hash().contains(AccessCode.normalise(code)));
        assertNotEquals(again.hash(), AccessCode.hash(code, RANDOM, FEW).hash(), "a salt per code");
        assertEquals(AccessCode.ITERATIONS, stored.iterations());
        assertEquals(FEW, again.iterations(), "the count is stored with the hash, so it can be raised later");
        assertTrue(AccessCode.matches(code, stored));
        assertTrue(AccessCode.matches(code, again));
        String other = AccessCode.generate(RANDOM);
        assertFalse(AccessCode.matches(other, again));
        assertFalse(AccessCode.matches(code.substring(0, code.length() - 1), again), "one character short");
        assertFalse(AccessCode.matches("", again));
        assertFalse(AccessCode.matches(null, again));
    }

    @Test
    void typingIgnoresCaseSpacesAndDashesAndReadsOAsZeroAndIOrLAsOne() {
        AccessCode.Hashed stored = AccessCode.hash("0011-ABCD-EFGH-JKMN-PQRS", RANDOM, FEW);
        assertTrue(AccessCode.matches("ooil abcd efgh jkmn pqrs", stored));
        assertTrue(AccessCode.matches("0011ABCDEFGHJKMNPQRS", stored));
        assertEquals("0011ABCD", AccessCode.normalise(" o-O i L abcd"));
        assertFalse(AccessCode.matches("0011-ABCD-EFGH-JKMN-PQRU", stored), "U is not in the alphabet");
    }

    @Test
    void groupsOfFour() {
        assertEquals("ABCD-EFGH-JK", AccessCode.grouped("ABCDEFGHJK"));
    }
}
