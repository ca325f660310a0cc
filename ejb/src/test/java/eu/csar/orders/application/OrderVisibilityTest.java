package eu.csar.orders.application;

import eu.csar.orders.domain.AddressedOrder;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who sees and acts on an order of any kind, for every role of the realm: EU Centre staff every
 * order; an issuing or Coordinating Authority the orders of its Member States, and only the issuing
 * authority acts on them; a provider only the orders addressed to it; every other role nothing.
 */
class OrderVisibilityTest {

    record TestCaller(Set<String> roles, Set<MemberState> memberStates, Optional<ProviderId> providerId) implements Caller {
        public String name() {
            return "test";
        }

        public boolean isAuthenticated() {
            return true;
        }
    }

    record Order(MemberState issuingMemberState, ProviderId providerId) implements AddressedOrder {
    }

    static final ProviderId ALPHA = new ProviderId(UUID.fromString("7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01"));
    static final ProviderId BETA = new ProviderId(UUID.fromString("7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b02"));
    static final Order NL_TO_ALPHA = new Order(MemberState.NL, ALPHA);

    static Caller caller(String role, Set<MemberState> states, ProviderId provider) {
        return new TestCaller(Set.of(role), states, Optional.ofNullable(provider));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR})
    void centreStaffSeeEveryOrderButActOnNone(String role) {
        Caller staff = caller(role, Set.of(), null);
        assertTrue(OrderVisibility.centre(staff));
        assertTrue(OrderVisibility.canSee(staff, NL_TO_ALPHA));
        assertTrue(OrderVisibility.canSee(staff, new Order(MemberState.DE, BETA)));
        assertFalse(OrderVisibility.issuer(staff, NL_TO_ALPHA));
        assertFalse(OrderVisibility.addressee(staff, NL_TO_ALPHA));
        OrderVisibility.ListScope scope = OrderVisibility.listScope(staff);
        assertNull(scope.provider());
        assertNull(scope.memberStates());
        assertFalse(scope.none());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Roles.COORDINATING_AUTHORITY, Roles.ISSUING_AUTHORITY})
    void nationalAuthoritiesSeeTheOrdersOfTheirMemberStatesOnly(String role) {
        Caller nl = caller(role, Set.of(MemberState.NL), null);
        assertFalse(OrderVisibility.centre(nl));
        assertTrue(OrderVisibility.canSee(nl, NL_TO_ALPHA));
        assertFalse(OrderVisibility.canSee(nl, new Order(MemberState.DE, ALPHA)), "another Member State's order");
        assertEquals(Roles.ISSUING_AUTHORITY.equals(role), OrderVisibility.issuer(nl, NL_TO_ALPHA),
                "only the issuing authority acts on its Member State's orders");
        assertFalse(OrderVisibility.issuer(nl, new Order(MemberState.DE, ALPHA)));
        OrderVisibility.ListScope scope = OrderVisibility.listScope(nl);
        assertEquals(Set.of(MemberState.NL), scope.memberStates());
        assertNull(scope.provider());
        assertFalse(scope.none());
        assertTrue(OrderVisibility.listScope(caller(role, Set.of(), null)).none(), "an authority of no Member State lists nothing");
    }

    @Test
    void aProviderSeesAndAnswersOnlyTheOrdersAddressedToIt() {
        Caller alpha = caller(Roles.PROVIDER, Set.of(MemberState.NL), ALPHA);
        assertTrue(OrderVisibility.canSee(alpha, NL_TO_ALPHA));
        assertTrue(OrderVisibility.addressee(alpha, NL_TO_ALPHA));
        assertFalse(OrderVisibility.issuer(alpha, NL_TO_ALPHA), "a Member State claim makes no provider an issuer");
        Caller beta = caller(Roles.PROVIDER, Set.of(MemberState.NL), BETA);
        assertFalse(OrderVisibility.canSee(beta, NL_TO_ALPHA));
        assertFalse(OrderVisibility.addressee(beta, NL_TO_ALPHA));
        OrderVisibility.ListScope scope = OrderVisibility.listScope(alpha);
        assertEquals(ALPHA, scope.provider());
        assertFalse(scope.none());
        assertThrows(RuleViolationException.class, () -> OrderVisibility.listScope(caller(Roles.PROVIDER, Set.of(), null)),
                "a provider token without a provider id lists nothing");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Roles.LAW_ENFORCEMENT, Roles.EUROPOL, Roles.SYSTEM})
    void otherRolesSeeNoOrder(String role) {
        Caller other = caller(role, Set.of(MemberState.NL), ALPHA);
        assertFalse(OrderVisibility.canSee(other, NL_TO_ALPHA));
        assertFalse(OrderVisibility.issuer(other, NL_TO_ALPHA));
        assertFalse(OrderVisibility.addressee(other, NL_TO_ALPHA));
    }

    @Test
    void theMemberStateACallerActsForIsItsOnlyOneOrTheOneItNamesOfItsOwn() {
        Caller nl = caller(Roles.ISSUING_AUTHORITY, Set.of(MemberState.NL), null);
        assertEquals(MemberState.NL, OrderVisibility.issuingMemberState(nl, null));
        assertEquals(MemberState.NL, OrderVisibility.issuingMemberState(nl, MemberState.NL));
        assertEquals("memberState", assertThrows(RuleViolationException.class,
                () -> OrderVisibility.issuingMemberState(nl, MemberState.DE)).field());

        Caller nlDe = caller(Roles.COORDINATING_AUTHORITY, EnumSet.of(MemberState.NL, MemberState.DE), null);
        assertThrows(RuleViolationException.class, () -> OrderVisibility.issuingMemberState(nlDe, null),
                "two Member States and none named: the caller must name one");
        assertEquals(MemberState.DE, OrderVisibility.actingMemberState(nlDe, null, Set.of(MemberState.DE, MemberState.FR)),
                "the only one of its own among the possible ones");
        assertThrows(RuleViolationException.class,
                () -> OrderVisibility.actingMemberState(nlDe, null, Set.of(MemberState.FR)));
        assertEquals(MemberState.NL, OrderVisibility.actingMemberState(nlDe, MemberState.NL, Set.of(MemberState.DE)),
                "a named Member State of its own is taken as named");
        assertThrows(RuleViolationException.class,
                () -> OrderVisibility.actingMemberState(caller(Roles.COORDINATING_AUTHORITY, Set.of(), null), null, null));
    }
}
