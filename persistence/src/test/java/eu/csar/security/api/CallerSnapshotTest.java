package eu.csar.security.api;

import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallerSnapshotTest {

    static CallerSnapshot authority(Set<String> roles, Set<MemberState> states) {
        return new CallerSnapshot("ca-nl", true, roles, states, Optional.empty());
    }

    @Test
    void aCallerHasExactlyTheRolesOfItsToken() {
        CallerSnapshot caller = authority(Set.of(Roles.COORDINATING_AUTHORITY, Roles.CENTRE_AUDITOR), Set.of(MemberState.NL));
        assertTrue(caller.hasRole(Roles.COORDINATING_AUTHORITY));
        assertTrue(caller.hasRole(Roles.CENTRE_AUDITOR));
        assertFalse(caller.hasRole(Roles.CENTRE_ADMIN));
    }

    @Test
    void theAnonymousCallerIsNotAuthenticatedAndHasNoRoleStateOrProvider() {
        CallerSnapshot anonymous = CallerSnapshot.ANONYMOUS;
        assertEquals("anonymous", anonymous.name());
        assertFalse(anonymous.isAuthenticated());
        assertFalse(anonymous.hasRole(Roles.SYSTEM));
        assertTrue(anonymous.memberStates().isEmpty());
        assertEquals(Optional.empty(), anonymous.providerId());
    }

    @Test
    void theSnapshotKeepsSortedCopiesThatLaterChangesDoNotReach() {
        Set<String> roles = new HashSet<>(Set.of(Roles.PROVIDER, Roles.CENTRE_ADMIN));
        Set<MemberState> states = new HashSet<>(Set.of(MemberState.SE, MemberState.BE));
        CallerSnapshot caller = authority(roles, states);
        roles.add(Roles.EUROPOL);
        states.add(MemberState.NL);
        assertEquals(List.of(Roles.CENTRE_ADMIN, Roles.PROVIDER), List.copyOf(caller.roles()));
        assertEquals(List.of(MemberState.BE, MemberState.SE), List.copyOf(caller.memberStates()));
        assertFalse(caller.hasRole(Roles.EUROPOL));
        assertThrows(UnsupportedOperationException.class, () -> caller.roles().add(Roles.SYSTEM));
        assertThrows(UnsupportedOperationException.class, () -> caller.memberStates().add(MemberState.FR));
    }

    @Test
    void aMachineClientCarriesItsProvider() {
        ProviderId provider = ProviderId.random();
        CallerSnapshot client = new CallerSnapshot("client-1", true, Set.of(Roles.PROVIDER), Set.of(), Optional.of(provider));
        assertEquals(Optional.of(provider), client.providerId());
    }

    @Test
    void aSnapshotNeedsANameAndAnExplicitProvider() {
        assertThrows(NullPointerException.class, () -> new CallerSnapshot(null, false, Set.of(), Set.of(), Optional.empty()));
        assertThrows(NullPointerException.class, () -> new CallerSnapshot("x", false, Set.of(), Set.of(), null));
    }
}
