package eu.csar.registry.domain;

import eu.csar.shared.domain.MemberState;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class LegalRepresentativeTest {

    static final LegalRepresentative REP = new LegalRepresentative("Rep Ltd", "1 Quay, Dublin", "rep@example.org",
            "+353 1 555 0000", MemberState.IE);

    @Test
    void itKeepsNameAddressEmailPhoneAndMemberState() {
        assertEquals("Rep Ltd", REP.name());
        assertEquals("1 Quay, Dublin", REP.address());
        assertEquals("rep@example.org", REP.email());
        assertEquals("+353 1 555 0000", REP.phone());
        assertEquals(MemberState.IE, REP.memberState());
    }

    @Test
    void twoRepresentativesWithTheSameValuesAreEqualWithTheSameHash() {
        LegalRepresentative same = new LegalRepresentative("Rep Ltd", "1 Quay, Dublin", "rep@example.org",
                "+353 1 555 0000", MemberState.IE);
        assertEquals(REP, same);
        assertEquals(REP.hashCode(), same.hashCode());
    }

    @Test
    void aDifferenceInAnyValueMakesAnotherRepresentative() {
        LegalRepresentative[] others = {
                new LegalRepresentative("Rep Two Ltd", "1 Quay, Dublin", "rep@example.org", "+353 1 555 0000", MemberState.IE),
                new LegalRepresentative("Rep Ltd", "2 Quay, Dublin", "rep@example.org", "+353 1 555 0000", MemberState.IE),
                new LegalRepresentative("Rep Ltd", "1 Quay, Dublin", "legal@example.org", "+353 1 555 0000", MemberState.IE),
                new LegalRepresentative("Rep Ltd", "1 Quay, Dublin", "rep@example.org", "+353 1 555 9999", MemberState.IE),
                new LegalRepresentative("Rep Ltd", "1 Quay, Dublin", "rep@example.org", "+353 1 555 0000", MemberState.FR),
        };
        for (LegalRepresentative other : others) {
            assertNotEquals(REP, other);
            assertNotEquals(REP.hashCode(), other.hashCode(), "values that differ spread over hash buckets");
        }
        assertNotEquals(REP, null);
        assertNotEquals(REP, "Rep Ltd");
    }
}
