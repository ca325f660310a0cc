package eu.csar.orders.domain;

import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import jakarta.persistence.TypedQuery;

import java.util.Set;

/**
 * The condition every order list query shares, whatever the kind of order: addressed to one
 * provider if given, else issued by one of some Member States if given, else all (EU Centre). Each
 * repository appends it to its own query on alias {@code o} and binds it.
 */
final class OrderScope {

    private OrderScope() {
    }

    /** The condition, starting with {@code joiner} ({@code " where"} or {@code " and"}), or nothing. */
    static String condition(String joiner, ProviderId provider, Set<MemberState> memberStates) {
        if (provider != null) {
            return joiner + " o.providerId = :provider";
        }
        return memberStates == null || memberStates.isEmpty() ? "" : joiner + " o.issuingMemberState in :states";
    }

    static void bind(TypedQuery<?> query, ProviderId provider, Set<MemberState> memberStates) {
        if (provider != null) {
            query.setParameter("provider", provider.value());
        } else if (memberStates != null && !memberStates.isEmpty()) {
            query.setParameter("states", memberStates);
        }
    }
}
