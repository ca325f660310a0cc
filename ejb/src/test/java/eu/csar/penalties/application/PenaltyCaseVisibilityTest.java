package eu.csar.penalties.application;

import eu.csar.orders.api.OrderKind;
import eu.csar.penalties.api.LinkKind;
import eu.csar.penalties.domain.PenaltyCase;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who sees a penalty case (Art 35): only the Coordinating Authority of the case's Member State; another
 * Member State's authority, EU Centre staff (auditors included) and providers do not (the service answers
 * 404 or, by role, 403). The link kinds map onto the orders' kinds.
 */
class PenaltyCaseVisibilityTest {

    record TestCaller(Set<String> roles, Set<MemberState> memberStates, Optional<ProviderId> providerId) implements Caller {
        public String name() {
            return "test";
        }

        public boolean isAuthenticated() {
            return true;
        }
    }

    static final PenaltyCase NL_CASE = PenaltyCase.open("NL-PEN-2026-0001", MemberState.NL, new ProviderId(UUID.randomUUID()),
            "Example B.V.", "COM-2022-209", 1, "synthetic", List.of(), "ca-nl", Instant.parse("2026-12-03T10:00:00Z"));

    static Caller caller(String role, MemberState... states) {
        return new TestCaller(Set.of(role), Set.of(states), Optional.empty());
    }

    @Test
    void onlyTheCoordinatingAuthorityOfTheCasesMemberStateSeesIt() {
        assertTrue(PenaltyCases.canSee(caller(Roles.COORDINATING_AUTHORITY, MemberState.NL), NL_CASE));
        assertTrue(PenaltyCases.canSee(caller(Roles.COORDINATING_AUTHORITY, MemberState.DE, MemberState.NL), NL_CASE));
        assertFalse(PenaltyCases.canSee(caller(Roles.COORDINATING_AUTHORITY, MemberState.DE), NL_CASE));
        assertFalse(PenaltyCases.canSee(caller(Roles.ISSUING_AUTHORITY, MemberState.NL), NL_CASE));
        assertFalse(PenaltyCases.canSee(caller(Roles.CENTRE_AUDITOR), NL_CASE));
        assertFalse(PenaltyCases.canSee(caller(Roles.CENTRE_ADMIN), NL_CASE));
        assertFalse(PenaltyCases.canSee(new TestCaller(Set.of(Roles.PROVIDER), Set.of(), Optional.of(NL_CASE.providerId())), NL_CASE));
    }

    @Test
    void everyOrderLinkKindIsAnOrderKind() {
        assertEquals(OrderKind.REMOVAL, PenaltyCases.orderKind(LinkKind.REMOVAL_ORDER));
        assertEquals(OrderKind.DETECTION, PenaltyCases.orderKind(LinkKind.DETECTION_ORDER));
        assertEquals(OrderKind.BLOCKING, PenaltyCases.orderKind(LinkKind.BLOCKING_ORDER));
        assertEquals(OrderKind.DELISTING, PenaltyCases.orderKind(LinkKind.DELISTING_ORDER));
        assertThrows(IllegalArgumentException.class, () -> PenaltyCases.orderKind(LinkKind.REPORT));
    }
}
