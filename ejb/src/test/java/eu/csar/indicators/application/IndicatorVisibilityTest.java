package eu.csar.indicators.application;

import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Centre staff see the whole indicator database; a Coordinating Authority only its Member States' part. */
class IndicatorVisibilityTest {

    record TestCaller(Set<String> roles, Set<MemberState> memberStates) implements Caller {
        public String name() {
            return "test";
        }

        public boolean isAuthenticated() {
            return true;
        }

        public Optional<ProviderId> providerId() {
            return Optional.empty();
        }
    }

    @Test
    void centreStaffAndTheSystemSeeEverything() {
        for (String role : Set.of(Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.SYSTEM)) {
            Caller caller = new TestCaller(Set.of(role), Set.of(MemberState.NL));
            assertTrue(IndicatorVisibility.isCentreStaff(caller), role);
            assertNull(IndicatorVisibility.scope(caller), role);
            assertEquals("indicator database", IndicatorVisibility.purpose(caller));
        }
    }

    @Test
    void anAuthoritySeesItsOwnMemberStates() {
        Caller caller = new TestCaller(Set.of(Roles.COORDINATING_AUTHORITY), Set.of(MemberState.NL, MemberState.DE));
        assertFalse(IndicatorVisibility.isCentreStaff(caller));
        assertEquals(Set.of(MemberState.NL, MemberState.DE), IndicatorVisibility.scope(caller));
        assertEquals("own submissions", IndicatorVisibility.purpose(caller));
    }

    @Test
    void otherRolesAreNoCentreStaff() {
        for (String role : Set.of(Roles.PROVIDER, Roles.ISSUING_AUTHORITY, Roles.LAW_ENFORCEMENT, Roles.EUROPOL)) {
            assertFalse(IndicatorVisibility.isCentreStaff(new TestCaller(Set.of(role), Set.of())), role);
        }
    }
}
