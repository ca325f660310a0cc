package eu.csar.orders.api;

import eu.csar.shared.domain.MemberState;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * One open deadline of an order: what falls due ({@code acknowledgement}, {@code execution},
 * {@code reassessment}, {@code end}, {@code comments}, {@code opinion}, {@code appeal}, {@code start})
 * and when, with the order it belongs to.
 */
public record OpenDeadline(OrderKind kind, UUID orderId, String reference, MemberState memberState, String deadline,
                           Instant dueAt) implements Serializable {
}
