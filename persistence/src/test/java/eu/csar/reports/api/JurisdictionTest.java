package eu.csar.reports.api;

import eu.csar.shared.domain.MemberState;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The jurisdiction determination of a forward (Art 48(3)): the Member States from the location data
 * and the provider's declaration with Europol, Europol alone when unclear.
 */
class JurisdictionTest {

    @Test
    void theLocationCountryAMemberStateGoesWithEuropol() {
        Jurisdiction j = Jurisdiction.propose("nl", List.of());
        assertEquals(Set.of(MemberState.NL), j.memberStates());
        assertTrue(j.europol());
        assertFalse(j.europolAlone());
        assertEquals("NL and Europol", j.toString());
    }

    @Test
    void theProvidersDeclaredCountriesJoinTheLocationCountry() {
        Jurisdiction j = Jurisdiction.propose("NL", List.of("DE", "US", "NL"));
        assertEquals(Set.of(MemberState.NL, MemberState.DE), j.memberStates(), "third countries are not Member States");
        assertEquals("DE,NL", j.memberStateCodes());
    }

    @Test
    void unclearMeansEuropolAlone() {
        for (Jurisdiction j : List.of(Jurisdiction.propose(null, null), Jurisdiction.propose("US", List.of("BR")),
                Jurisdiction.decided(Set.of(), false), Jurisdiction.decided(null, true))) {
            assertTrue(j.europolAlone(), j.toString());
            assertTrue(j.europol(), j.toString());
            assertEquals("Europol alone", j.toString());
        }
    }

    @Test
    void theReviewerMayLeaveEuropolOutOnlyWithAMemberState() {
        Jurisdiction j = Jurisdiction.decided(Set.of(MemberState.FR), false);
        assertFalse(j.europol());
        assertEquals("FR", j.toString());
        assertThrows(IllegalArgumentException.class, () -> new Jurisdiction(Set.of(), false));
    }

    @Test
    void itIsStoredAsCodesAndReadBack() {
        Jurisdiction j = Jurisdiction.decided(Set.of(MemberState.SE, MemberState.BE), true);
        assertEquals(j, Jurisdiction.of(j.memberStateCodes(), j.europol()));
        assertEquals(Jurisdiction.decided(Set.of(), true), Jurisdiction.of("", true));
        assertThrows(IllegalArgumentException.class, () -> Jurisdiction.of("XX", true));
    }

    @Test
    void eachMemberStatesAuthorityAndEuropolReceivesOneDelivery() {
        assertEquals(List.of("DE", "NL", "EUROPOL"), Jurisdiction.decided(Set.of(MemberState.NL, MemberState.DE), true).recipients());
        assertEquals(List.of("FR"), Jurisdiction.decided(Set.of(MemberState.FR), false).recipients(), "a Member State alone");
        assertEquals(List.of("EUROPOL"), Jurisdiction.decided(Set.of(), false).recipients(), "unclear: Europol alone");
        assertEquals(List.of("EUROPOL"), Jurisdiction.propose("US", List.of()).recipients());
    }
}
