package eu.csar.web.orders.portal;

import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.legal.application.PlatformClock;
import eu.csar.orders.api.DetectionOrderId;
import eu.csar.orders.application.DetectionOrderView;
import eu.csar.orders.application.DetectionOrders;
import eu.csar.shared.domain.UnknownObjectException;
import eu.csar.technologies.api.TechnologyLink;
import eu.csar.technologies.application.ApprovedTechnologies;
import eu.csar.web.platform.portal.FeedbackBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One detection order ({@code /portal/orders/detection-order.xhtml?id=}): where it stands, its next
 * deadline with the countdown on the platform clock, the request and what the consultation added,
 * the decision and the dates from the receipt on, the technology register's entry the order names, and the timeline of every step. The steps the
 * caller may take on it are {@link DetectionOrderSteps} and {@link DetectionOrderDecisionForm}. A
 * wrong id and another Member State's order read the same: not found.
 */
@Named
@ViewScoped
public class DetectionOrderDetailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DetectionOrders orders;

    @Inject
    FeedbackBean feedback;

    @Inject
    PlatformClock clock;

    @Inject
    ApprovedTechnologies technologies;

    private String id;
    private DetectionOrderView order;
    private RemovalOrderDeadline deadline;
    private List<NamedSet> indicatorSets = List.of();
    private TechnologyLink technology;

    /** An indicator set the order names: its id (for support) and its code, null when the catalogue no longer has it. */
    public record NamedSet(String id, String code) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** f:viewAction */
    public void load() {
        order = null;
        DetectionOrderId orderId = OrderPages.id(id, DetectionOrderId::new);
        if (orderId == null) {
            return;
        }
        try {
            show(orders.order(orderId));
            Map<IndicatorSetId, String> codes = orders.indicatorSetCodes(order.indicatorSets());
            indicatorSets = order.indicatorSets().stream().map(s -> new NamedSet(s.value().toString(), codes.get(s))).toList();
            technology = technologies.named(order.technologyReference()).orElse(null);
        } catch (UnknownObjectException e) {
            // the page says "not found" itself
        } catch (RuntimeException e) {
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    /** Shows the order as a step left it. */
    void show(DetectionOrderView view) {
        order = view;
        deadline = DetectionOrderDeadline.of(view, clock.now());
    }

    /** Whether the workflow allows {@code event} on the order now (the service checks it again). */
    public boolean allows(String event) {
        return order != null && order.possibleEvents().contains(event);
    }

    public boolean isFound() {
        return order != null;
    }

    public DetectionOrderView getOrder() {
        return order;
    }

    /** The history in the order it happened: by time, and an issue before the transmission of the same instant. */
    public List<DetectionOrderView.HistoryRow> getTimeline() {
        return order == null ? List.of() : OrderPages.inOrder(order.history(), DetectionOrderView.HistoryRow::at, h -> h.from() == null);
    }

    /** The indicator sets the order names, with their codes (the page shows their names and keeps the ids in a title). */
    public List<NamedSet> getIndicatorSets() {
        return order == null ? List.of() : indicatorSets;
    }

    /** The technology register's entry the order's technology reference names (Art 50), null when none does. */
    public TechnologyLink getTechnology() {
        return order == null ? null : technology;
    }

    public RemovalOrderDeadline getDeadline() {
        return deadline;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
