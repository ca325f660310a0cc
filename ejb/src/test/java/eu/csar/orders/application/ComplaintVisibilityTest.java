package eu.csar.orders.application;

import eu.csar.orders.api.OrderKind;
import eu.csar.orders.domain.Complaint;
import eu.csar.orders.domain.ComplaintAction;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.MemberState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who sees and acts on a complaint about an order (Art 34), for every role of the realm: the
 * Coordinating Authority that received it (forwards, records a withdrawal), the one of
 * establishment (takes up, decides, records a withdrawal), EU Centre staff (see, act on nothing);
 * a third Member State's authority and every other role see nothing (404).
 */
class ComplaintVisibilityTest {

    /** DE received it from a user living in Germany; the order is NL's. */
    static final Complaint DE_ABOUT_NL = Complaint.file(MemberState.DE, OrderKind.REMOVAL, UUID.randomUUID(), "NL-RO-1",
            MemberState.NL, "synthetic summary", null, "ca-de", Instant.parse("2026-12-02T10:00:00Z"));

    static Caller caller(String role, MemberState... states) {
        return new OrderVisibilityTest.TestCaller(Set.of(role), Set.of(states), Optional.empty());
    }

    @Test
    void theReceivingAuthoritySeesForwardsAndWithdrawsButDoesNotDecide() {
        Caller de = caller(Roles.COORDINATING_AUTHORITY, MemberState.DE);
        assertTrue(ComplaintVisibility.canSee(de, DE_ABOUT_NL));
        assertTrue(ComplaintVisibility.receiver(de, DE_ABOUT_NL));
        assertFalse(ComplaintVisibility.establishment(de, DE_ABOUT_NL));
        assertTrue(ComplaintVisibility.concerned(de, DE_ABOUT_NL));
    }

    @Test
    void theAuthorityOfEstablishmentSeesAndDecidesButDoesNotForward() {
        Caller nl = caller(Roles.COORDINATING_AUTHORITY, MemberState.NL);
        assertTrue(ComplaintVisibility.canSee(nl, DE_ABOUT_NL));
        assertFalse(ComplaintVisibility.receiver(nl, DE_ABOUT_NL));
        assertTrue(ComplaintVisibility.establishment(nl, DE_ABOUT_NL));
        assertTrue(ComplaintVisibility.concerned(nl, DE_ABOUT_NL));
    }

    @Test
    void anAuthorityOfBothMemberStatesIsBoth() {
        Caller both = caller(Roles.COORDINATING_AUTHORITY, MemberState.NL, MemberState.DE);
        assertTrue(ComplaintVisibility.receiver(both, DE_ABOUT_NL));
        assertTrue(ComplaintVisibility.establishment(both, DE_ABOUT_NL));
        assertEquals(Set.of(MemberState.NL, MemberState.DE), ComplaintVisibility.listScope(both));
    }

    @Test
    void aThirdMemberStatesAuthoritySeesNothing() {
        Caller fr = caller(Roles.COORDINATING_AUTHORITY, MemberState.FR);
        assertFalse(ComplaintVisibility.canSee(fr, DE_ABOUT_NL));
        assertFalse(ComplaintVisibility.concerned(fr, DE_ABOUT_NL));
        assertEquals(Set.of(MemberState.FR), ComplaintVisibility.listScope(fr));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR})
    void centreStaffSeeEveryComplaintButActOnNone(String role) {
        Caller staff = caller(role);
        assertTrue(ComplaintVisibility.canSee(staff, DE_ABOUT_NL));
        assertFalse(ComplaintVisibility.concerned(staff, DE_ABOUT_NL));
        assertNull(ComplaintVisibility.listScope(staff));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Roles.ISSUING_AUTHORITY, Roles.PROVIDER, Roles.LAW_ENFORCEMENT, Roles.EUROPOL})
    void otherRolesSeeNothingEvenOfTheirMemberState(String role) {
        Caller other = caller(role, MemberState.NL, MemberState.DE);
        assertFalse(ComplaintVisibility.canSee(other, DE_ABOUT_NL));
        assertFalse(ComplaintVisibility.concerned(other, DE_ABOUT_NL));
        assertEquals(Set.of(), ComplaintVisibility.listScope(other));
    }

    @Test
    void aRefusalNamesWhoMayAct() {
        assertEquals("the Coordinating Authority of DE", Complaints.who(ComplaintAction.COMPLAINT_FORWARDED, DE_ABOUT_NL));
        assertEquals("the Coordinating Authority of establishment (NL)", Complaints.who(ComplaintAction.COMPLAINT_TAKEN_UP, DE_ABOUT_NL));
        assertEquals("the Coordinating Authority of establishment (NL)", Complaints.who(ComplaintAction.COMPLAINT_DECIDED, DE_ABOUT_NL));
        assertEquals("the Coordinating Authorities of DE and NL", Complaints.who(ComplaintAction.COMPLAINT_WITHDRAWN, DE_ABOUT_NL));
    }
}
