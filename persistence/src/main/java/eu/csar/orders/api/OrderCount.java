package eu.csar.orders.api;

import eu.csar.shared.domain.MemberState;

import java.io.Serializable;

/** How many orders of one kind, issued for one Member State, stand in one state (its enum name). */
public record OrderCount(OrderKind kind, MemberState memberState, String state, long count) implements Serializable {
}
