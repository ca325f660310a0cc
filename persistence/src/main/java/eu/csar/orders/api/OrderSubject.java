package eu.csar.orders.api;

import eu.csar.shared.domain.ProviderId;

import java.io.Serializable;
import java.util.UUID;

/** What another context may learn of an order it links to: its kind, id, reference and the provider it is addressed to. */
public record OrderSubject(OrderKind kind, UUID id, String reference, ProviderId provider) implements Serializable {
}
