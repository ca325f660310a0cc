package eu.csar.registry.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ContactPointTest {

    static final ContactPoint CONTACT = new ContactPoint("csa@example.org", "+31 20 555 0000", List.of("nl", "en"));

    @Test
    void itKeepsTheAddressPhoneAndLanguagesInOrderOfPreference() {
        assertEquals("csa@example.org", CONTACT.email());
        assertEquals("+31 20 555 0000", CONTACT.phone());
        assertEquals(List.of("nl", "en"), CONTACT.languages());
    }

    @Test
    void theLanguagesAreACopyThatNeitherTheCallerNorAReaderCanChange() {
        List<String> given = new ArrayList<>(List.of("de"));
        ContactPoint contact = new ContactPoint("a@example.org", "+49 30 555 0000", given);
        given.add("fr");
        assertEquals(List.of("de"), contact.languages());
        assertThrows(UnsupportedOperationException.class, () -> contact.languages().add("en"));
    }

    @Test
    void noLanguagesAreAnEmptyList() {
        assertEquals(List.of(), new ContactPoint("a@example.org", "+49 30 555 0000", null).languages());
    }

    @Test
    void twoContactPointsWithTheSameValuesAreEqualWithTheSameHash() {
        ContactPoint same = new ContactPoint("csa@example.org", "+31 20 555 0000", new ArrayList<>(List.of("nl", "en")));
        assertEquals(CONTACT, same);
        assertEquals(CONTACT.hashCode(), same.hashCode());
    }

    @Test
    void aDifferenceInAnyValueMakesAnotherContactPoint() {
        ContactPoint[] others = {
                new ContactPoint("other@example.org", "+31 20 555 0000", List.of("nl", "en")),
                new ContactPoint("csa@example.org", "+31 20 555 9999", List.of("nl", "en")),
                new ContactPoint("csa@example.org", "+31 20 555 0000", List.of("en", "nl")),
        };
        for (ContactPoint other : others) {
            assertNotEquals(CONTACT, other);
            assertNotEquals(CONTACT.hashCode(), other.hashCode(), "values that differ spread over hash buckets");
        }
        assertNotEquals(CONTACT, null);
        assertNotEquals(CONTACT, "csa@example.org");
    }
}
