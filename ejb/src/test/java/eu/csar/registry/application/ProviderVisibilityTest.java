package eu.csar.registry.application;

import eu.csar.registry.domain.ContactPoint;
import eu.csar.registry.domain.Provider;
import eu.csar.registry.domain.ProviderProfile;
import eu.csar.registry.domain.ServiceType;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProviderVisibilityTest {

    record TestCaller(Set<String> roles, Set<MemberState> memberStates, Optional<ProviderId> providerId) implements Caller {
        public String name() {
            return "test";
        }

        public boolean isAuthenticated() {
            return true;
        }
    }

    static Provider providerIn(MemberState establishment) {
        ContactPoint contact = new ContactPoint("c@example.org", "+31 20 555 0000", List.of("en"));
        return Provider.register(new ProviderProfile("P " + establishment, Set.of(ServiceType.HOSTING), List.of(),
                establishment, null, contact, null), "test", Instant.EPOCH);
    }

    @Test
    void centreStaffSeeEveryProviderAndListWithoutScope() {
        Caller admin = new TestCaller(Set.of(Roles.CENTRE_ADMIN), Set.of(), Optional.empty());
        assertTrue(ProviderVisibility.canSee(admin, providerIn(MemberState.DE)));
        assertNull(ProviderVisibility.listScope(admin));
    }

    @Test
    void aCoordinatingAuthoritySeesOnlyProvidersUnderItsJurisdiction() {
        Caller caNl = new TestCaller(Set.of(Roles.COORDINATING_AUTHORITY), Set.of(MemberState.NL), Optional.empty());
        assertTrue(ProviderVisibility.canSee(caNl, providerIn(MemberState.NL)));
        assertFalse(ProviderVisibility.canSee(caNl, providerIn(MemberState.DE)));
        assertEquals(Set.of(MemberState.NL), ProviderVisibility.listScope(caNl));
    }

    @Test
    void aProviderSeesOnlyItself() {
        Provider own = providerIn(MemberState.NL);
        Caller provider = new TestCaller(Set.of(Roles.PROVIDER), Set.of(), Optional.of(own.id()));
        assertTrue(ProviderVisibility.canSee(provider, own));
        assertFalse(ProviderVisibility.canSee(provider, providerIn(MemberState.NL)));
    }

    @Test
    void aRoleWithoutRegistryRightsSeesNothing() {
        Caller police = new TestCaller(Set.of(Roles.LAW_ENFORCEMENT), Set.of(MemberState.NL), Optional.empty());
        assertFalse(ProviderVisibility.canSee(police, providerIn(MemberState.NL)));
    }
}
