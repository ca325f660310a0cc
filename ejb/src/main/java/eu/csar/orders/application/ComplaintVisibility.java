package eu.csar.orders.application;

import eu.csar.orders.domain.Complaint;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.MemberState;

import java.util.Set;

/**
 * Who may see and act on a complaint about an order (Art 34): EU Centre staff see every complaint,
 * as they see every order ({@link OrderVisibility#centre}); a Coordinating Authority sees the
 * complaints it received (its Member State is the user's) and those about its own Member State's
 * orders (it is the authority of establishment); for anyone else a complaint does not exist (404).
 * The receiving authority forwards and records a withdrawal; the authority of establishment takes
 * the complaint up and decides; an authority that is both does all of it.
 */
final class ComplaintVisibility {

    private ComplaintVisibility() {
    }

    static boolean canSee(Caller caller, Complaint complaint) {
        return OrderVisibility.centre(caller) || receiver(caller, complaint) || establishment(caller, complaint);
    }

    /** The Coordinating Authority of the Member State where the complainant lives. */
    static boolean receiver(Caller caller, Complaint complaint) {
        return authorityOf(caller, complaint.receivingMemberState());
    }

    /** The Coordinating Authority of establishment: that of the order's Member State. */
    static boolean establishment(Caller caller, Complaint complaint) {
        return authorityOf(caller, complaint.establishmentMemberState());
    }

    /** Either authority concerned (may record a withdrawal). */
    static boolean concerned(Caller caller, Complaint complaint) {
        return receiver(caller, complaint) || establishment(caller, complaint);
    }

    /** The Member States whose complaints a list shows the caller; null: all of them (EU Centre); empty: none. */
    static Set<MemberState> listScope(Caller caller) {
        if (OrderVisibility.centre(caller)) {
            return null;
        }
        return caller.hasRole(Roles.COORDINATING_AUTHORITY) ? caller.memberStates() : Set.of();
    }

    private static boolean authorityOf(Caller caller, MemberState memberState) {
        return caller.hasRole(Roles.COORDINATING_AUTHORITY) && caller.memberStates().contains(memberState);
    }
}
