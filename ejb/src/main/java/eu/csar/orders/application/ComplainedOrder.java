package eu.csar.orders.application;

import eu.csar.shared.domain.MemberState;

/** What a complaint takes from the order it concerns: the order's reference and its Member State (that of establishment). */
record ComplainedOrder(String reference, MemberState memberState) {
}
