package eu.csar.orders.application;

import eu.csar.orders.api.DetectionOrderId;
import eu.csar.orders.api.OrderKind;
import eu.csar.orders.api.OrderRef;
import eu.csar.orders.api.OrderSubject;
import eu.csar.orders.api.RemovalOrderId;
import eu.csar.orders.api.UrlListOrderId;
import eu.csar.orders.api.UrlListOrderType;
import eu.csar.orders.domain.DetectionOrderRepository;
import eu.csar.orders.domain.RemovalOrderRepository;
import eu.csar.orders.domain.UrlListOrderRepository;
import eu.csar.security.api.Roles;
import eu.csar.shared.api.PublishedService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.util.Optional;
import java.util.UUID;

/**
 * Which provider an order of any kind is addressed to, and its reference: what a penalty case (Art 35)
 * checks the orders it links to against. A reference and a company's id are no personal data, and the
 * caller's own service audits the link it makes: not audited here.
 */
@PublishedService
@Stateless
public class OrderSubjects {

    @Inject
    RemovalOrderRepository removalOrders;

    @Inject
    DetectionOrderRepository detectionOrders;

    @Inject
    UrlListOrderRepository urlListOrders;

    /** The order {@code ref} names; empty when there is none. */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public Optional<OrderSubject> find(@NotNull OrderRef ref) {
        OrderKind kind = ref.kind();
        UUID id = ref.id();
        return switch (kind) {
            case REMOVAL -> removalOrders.find(new RemovalOrderId(id)).map(o -> new OrderSubject(kind, id, o.reference(), o.providerId()));
            case DETECTION -> detectionOrders.find(new DetectionOrderId(id))
                    .map(o -> new OrderSubject(kind, id, o.reference(), o.providerId()));
            case BLOCKING -> urlListOrders.find(UrlListOrderType.BLOCKING, new UrlListOrderId(id))
                    .map(o -> new OrderSubject(kind, id, o.reference(), o.providerId()));
            case DELISTING -> urlListOrders.find(UrlListOrderType.DELISTING, new UrlListOrderId(id))
                    .map(o -> new OrderSubject(kind, id, o.reference(), o.providerId()));
        };
    }
}
