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
        AccessCode.Hashed again = AccessCode.hash(code, RANDOM);
        assertEquals(64, stored.hash().length());
        assertFalse(stored.hash().contains(AccessCode.normalise(code)));
        assertNotEquals(stored.hash(), again.hash(), "a salt per code");
        assertEquals(AccessCode.ITERATIONS, stored.iterations());
        assertTrue(AccessCode.matches(code, stored));
        assertTrue(AccessCode.matches(code, again));
        String other = AccessCode.generate(RANDOM);
        assertFalse(AccessCode.matches(other, stored));
        assertFalse(AccessCode.matches(code.substring(0, code.length() - 1), stored), "one character short");
        assertFalse(AccessCode.matches("", stored));
        assertFalse(AccessCode.matches(null, stored));
    }

    @Test
    void typingIgnoresCaseSpacesAndDashesAndReadsOAsZeroAndIOrLAsOne() {
        AccessCode.Hashed stored = AccessCode.hash("0011-ABCD-EFGH-JKMN-PQRS", RANDOM);
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
