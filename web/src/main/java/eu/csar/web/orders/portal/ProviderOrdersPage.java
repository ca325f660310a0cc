package eu.csar.web.orders.portal;

import eu.csar.legal.application.PlatformClock;
import eu.csar.orders.api.OrderKind;
import eu.csar.orders.application.DetectionOrders;
import eu.csar.orders.application.RemovalOrders;
import eu.csar.orders.application.UrlListOrders;
import eu.csar.web.platform.portal.FeedbackBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The provider's read-only view ({@code /portal/orders/provider-orders.xhtml}): the removal,
 * blocking, delisting and detection orders addressed to the provider named by the signed-in user's
 * token, each with its state and next deadline. The services scope every list to that provider
 * (another provider's orders never show) and audit the reads; the provider acts over the partner API.
 */
@Named
@ViewScoped
public class ProviderOrdersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 100;

    @Inject
    RemovalOrders removalOrders;

    @Inject
    UrlListOrders urlListOrders;

    @Inject
    DetectionOrders detectionOrders;

    @Inject
    FeedbackBean feedback;

    @Inject
    PlatformClock clock;

    private List<Row> rows = List.of();

    /**
     * One order: its kind, reference, issuing Member State, state (its label prefix and code), next deadline (its
     * kind's label key and due time; null when none runs), and the link to its page (null: none in the portal).
     */
    public record Row(OrderKind kind, String reference, String memberState, String statePrefix, String state, String deadlineLabel,
                      Instant dueAt, boolean overdue, Instant issuedAt, String link) implements Serializable {
    }

    /** f:viewAction */
    public void load() {
        try {
            Instant now = clock.now();
            List<Row> found = new ArrayList<>();
            removalOrders.list(0, PAGE_SIZE).items().forEach(o -> {
                RemovalOrderDeadline d = RemovalOrderDeadline.of(o, now);
                found.add(new Row(OrderKind.REMOVAL, o.reference(), o.issuingMemberState().name(),
                        "removalOrderState", o.state().name(), d.isRunning() ? "ro.deadline." + d.kind() : null, d.dueAt(),
                        d.overdue(), o.issuedAt(), null));
            });
            urlListOrders.list(Set.of(), Set.of(), null, false, 0, PAGE_SIZE).items().forEach(o -> {
                UrlListOrderDeadline d = UrlListOrderDeadline.of(o, now);
                found.add(new Row(OrderKind.of(o.type()), o.reference(), o.issuingMemberState().name(),
                        "urlListOrderState", o.state().name(), d.isRunning() ? "ulo.deadline." + d.kind() : null, d.dueAt(),
                        d.overdue(), o.issuedAt(), OrderPermalinkServlet.urlListOrder(o.type(), o.id())));
            });
            detectionOrders.list(0, PAGE_SIZE).items().forEach(o -> found.add(new Row(OrderKind.DETECTION, o.reference(),
                    o.memberState().name(), "detectionOrderState", o.state().name(), null, null, false, o.draftedAt(), null)));
            found.sort((a, b) -> b.issuedAt().compareTo(a.issuedAt()));
            rows = found;
        } catch (RuntimeException e) {
            rows = List.of();
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    public List<Row> getRows() {
        return rows;
    }
}
