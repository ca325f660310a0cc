package eu.csar.orders.application;

import eu.csar.orders.api.DetectionOrderId;
import eu.csar.orders.api.OrderKind;
import eu.csar.orders.api.RemovalOrderId;
import eu.csar.orders.api.UrlListOrderId;
import eu.csar.orders.api.UrlListOrderType;
import eu.csar.orders.domain.DetectionOrderRepository;
import eu.csar.orders.domain.RemovalOrderRepository;
import eu.csar.orders.domain.UrlListOrderRepository;
import eu.csar.shared.domain.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.UUID;

/**
 * Finds the order a complaint concerns, of whichever kind, and the Member State it belongs to: the
 * issuing Member State of a removal, blocking or delisting order (it issues only to providers under
 * its jurisdiction, Art 14(1), 16(1)), the Member State of the Coordinating Authority of
 * establishment that requested a detection order. That Member State's Coordinating Authority is
 * the authority of establishment of the complaint (Art 34(3)).
 */
@ApplicationScoped
public class ComplainedOrders {

    @Inject
    RemovalOrderRepository removalOrders;

    @Inject
    DetectionOrderRepository detectionOrders;

    @Inject
    UrlListOrderRepository urlListOrders;

    /**
     * The order, or a refusal naming the field {@code orderId} when there is none of that kind (the
     * receiving authority typed an id it was given by the user).
     */
    ComplainedOrder find(OrderKind kind, UUID id) {
        Optional<ComplainedOrder> found = switch (kind) {
            case REMOVAL -> removalOrders.find(new RemovalOrderId(id)).map(o -> new ComplainedOrder(o.reference(), o.issuingMemberState()));
            case DETECTION -> detectionOrders.find(new DetectionOrderId(id)).map(o -> new ComplainedOrder(o.reference(), o.memberState()));
            case BLOCKING -> urlListOrders.find(UrlListOrderType.BLOCKING, new UrlListOrderId(id))
                    .map(o -> new ComplainedOrder(o.reference(), o.issuingMemberState()));
            case DELISTING -> urlListOrders.find(UrlListOrderType.DELISTING, new UrlListOrderId(id))
                    .map(o -> new ComplainedOrder(o.reference(), o.issuingMemberState()));
        };
        return found.orElseThrow(() -> RuleViolationException.invalid("orderId",
                "There is no " + kind.name().toLowerCase(java.util.Locale.ROOT) + " order " + id));
    }
}
