package eu.csar.registry.application;

import eu.csar.registry.domain.ContactPoint;
import eu.csar.registry.domain.LegalRepresentative;
import eu.csar.registry.domain.Provider;
import eu.csar.registry.domain.ProviderProfile;
import eu.csar.registry.domain.ServiceType;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who sees which registry entry, for every role of the realm: EU Centre staff every entry and
 * unscoped lists; Coordinating and issuing authorities the providers under their Member States'
 * jurisdiction (Art 26); a provider only itself; every other role nothing, whatever Member State or
 * provider its token names.
 */
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

    /** Established outside the Union, represented in {@code state}: under that Member State's jurisdiction. */
    static Provider representedIn(MemberState state) {
        ContactPoint contact = new ContactPoint("c@example.org", "+31 20 555 0000", List.of("en"));
        LegalRepresentative rep = new LegalRepresentative("Rep " + state, "Street 1, City", "rep@example.org",
                "+49 30 555 0000", state);
        return Provider.register(new ProviderProfile("Q " + state, Set.of(ServiceType.HOSTING), List.of(), null, rep,
                contact, null), "test", Instant.EPOCH);
    }

    static Caller caller(String role, Set<MemberState> states, Optional<ProviderId> provider) {
        return new TestCaller(role == null ? Set.of() : Set.of(role), states, provider);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR})
    void centreStaffSeeEveryProviderAndListWithoutScope(String role) {
        Caller staff = caller(role, Set.of(), Optional.empty());
        assertTrue(ProviderVisibility.canSee(staff, providerIn(MemberState.DE)));
        assertTrue(ProviderVisibility.canSee(staff, representedIn(MemberState.MT)));
        assertNull(ProviderVisibility.listScope(staff));
        Caller staffWithState = caller(role, Set.of(MemberState.NL), Optional.empty());
        assertTrue(ProviderVisibility.canSee(staffWithState, providerIn(MemberState.DE)), "a Member State claim narrows nothing");
        assertNull(ProviderVisibility.listScope(staffWithState));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Roles.COORDINATING_AUTHORITY, Roles.ISSUING_AUTHORITY})
    void nationalAuthoritiesSeeOnlyProvidersUnderTheirJurisdiction(String role) {
        Caller nl = caller(role, Set.of(MemberState.NL), Optional.empty());
        assertTrue(ProviderVisibility.canSee(nl, providerIn(MemberState.NL)));
        assertFalse(ProviderVisibility.canSee(nl, providerIn(MemberState.DE)));
        assertTrue(ProviderVisibility.canSee(nl, representedIn(MemberState.NL)), "legal representative in NL");
        assertFalse(ProviderVisibility.canSee(nl, representedIn(MemberState.BE)));
        assertEquals(Set.of(MemberState.NL), ProviderVisibility.listScope(nl));

        Caller two = caller(role, EnumSet.of(MemberState.DE, MemberState.NL), Optional.empty());
        assertTrue(ProviderVisibility.canSee(two, providerIn(MemberState.DE)));
        assertTrue(ProviderVisibility.canSee(two, providerIn(MemberState.NL)));
        assertFalse(ProviderVisibility.canSee(two, providerIn(MemberState.FR)));
        assertEquals(Set.of(MemberState.DE, MemberState.NL), ProviderVisibility.listScope(two));

        Caller none = caller(role, Set.of(), Optional.empty());
        assertFalse(ProviderVisibility.canSee(none, providerIn(MemberState.NL)), "no Member State claim, nothing");
    }

    @Test
    void aProviderSeesOnlyItself() {
        Provider own = providerIn(MemberState.NL);
        Caller provider = caller(Roles.PROVIDER, Set.of(), Optional.of(own.id()));
        assertTrue(ProviderVisibility.canSee(provider, own));
        assertFalse(ProviderVisibility.canSee(provider, providerIn(MemberState.NL)));
        assertEquals(Set.of(), ProviderVisibility.listScope(provider));
        Caller withoutId = caller(Roles.PROVIDER, Set.of(MemberState.NL), Optional.empty());
        assertFalse(ProviderVisibility.canSee(withoutId, own), "a provider token without provider_id");
    }

    /** Police, Europol, the platform itself and a caller without roles: nothing, even with a matching claim. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Roles.LAW_ENFORCEMENT, Roles.EUROPOL, Roles.SYSTEM, "no role"})
    void everyOtherRoleSeesNothing(String role) {
        Provider p = providerIn(MemberState.NL);
        Caller other = caller(role.equals("no role") ? null : role, Set.of(MemberState.NL), Optional.of(p.id()));
        assertFalse(ProviderVisibility.canSee(other, p));
        assertEquals(Set.of(MemberState.NL), ProviderVisibility.listScope(other));
    }
}
