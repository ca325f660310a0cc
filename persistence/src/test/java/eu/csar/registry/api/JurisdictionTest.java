package eu.csar.registry.api;

import eu.csar.shared.domain.MemberState;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JurisdictionTest {

    @Test
    void withoutEstablishmentOrRepresentativeEveryMemberStateIsCompetent() {
        Jurisdiction every = Jurisdiction.everyMemberState();
        assertEquals(Jurisdiction.Basis.EVERY_MEMBER_STATE, every.basis());
        assertEquals(EnumSet.allOf(MemberState.class), every.memberStates());
        assertEquals(27, every.memberStates().size());
        assertTrue(every.includesAnyOf(Set.of(MemberState.MT)));
    }

    @Test
    void aJurisdictionNamesABasisAndAtLeastOneMemberState() {
        assertThrows(NullPointerException.class, () -> Jurisdiction.of(null, MemberState.NL));
        assertThrows(IllegalArgumentException.class, () -> new Jurisdiction(Jurisdiction.Basis.MAIN_ESTABLISHMENT, Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new Jurisdiction(Jurisdiction.Basis.MAIN_ESTABLISHMENT, null));
    }

    @Test
    void theMemberStatesAreACopyInAlphabeticalOrderThatCannotBeChanged() {
        Set<MemberState> given = new HashSet<>(List.of(MemberState.SE, MemberState.AT, MemberState.NL));
        Jurisdiction jurisdiction = new Jurisdiction(Jurisdiction.Basis.EVERY_MEMBER_STATE, given);
        given.add(MemberState.DE);
        assertEquals(List.of(MemberState.AT, MemberState.NL, MemberState.SE), List.copyOf(jurisdiction.memberStates()));
        assertThrows(UnsupportedOperationException.class, () -> jurisdiction.memberStates().add(MemberState.FR));
    }

    @Test
    void itIncludesAnyOfTheGivenStatesOnlyWhenOneIsCompetent() {
        Jurisdiction nl = Jurisdiction.of(Jurisdiction.Basis.MAIN_ESTABLISHMENT, MemberState.NL);
        assertTrue(nl.includesAnyOf(Set.of(MemberState.BE, MemberState.NL)));
        assertFalse(nl.includesAnyOf(Set.of(MemberState.BE)));
        assertFalse(nl.includesAnyOf(Set.of()));
    }
}
