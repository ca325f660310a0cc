package eu.csar.web.orders.portal;

import eu.csar.legal.application.PlatformClock;
import eu.csar.orders.application.DetectionOrderPage;
import eu.csar.orders.application.DetectionOrders;
import eu.csar.orders.application.DetectionOrderView;
import eu.csar.orders.domain.DetectionOrderState;
import eu.csar.web.platform.portal.FeedbackBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The detection orders page ({@code /portal/orders/detection-orders.xhtml}): the newest orders the
 * caller may see (the service scopes and audits the read: its Member States', or all for EU Centre
 * staff), narrowed by state and by next deadline (overdue, due within 7 or 30 days), each with its
 * next deadline; and the issuing authority's queue ({@code detection-order-requests.xhtml}): the
 * requests submitted to it.
 */
@Named
@ViewScoped
public class DetectionOrderListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The deadline filter's choices: none, overdue, or a next deadline due within this (ISO 8601) window. */
    static final List<String> DEADLINE_CHOICES = List.of("", "overdue", "P7D", "P30D");

    static final int PAGE_SIZE = 100;

    @Inject
    DetectionOrders orders;

    @Inject
    FeedbackBean feedback;

    @Inject
    PlatformClock clock;

    private List<String> states = new ArrayList<>();
    private String deadline = "";
    private List<Row> rows = List.of();
    private long total;
    private boolean queue;

    /** f:viewAction of the queue: the requests submitted to the issuing authority. */
    public void loadQueue() {
        queue = true;
        states = new ArrayList<>(List.of(DetectionOrderState.SUBMITTED.name()));
        load();
    }

    /** f:viewAction, and the filter's search. */
    public void load() {
        try {
            Instant now = clock.now();
            DetectionOrderPage page = orders.list(0, PAGE_SIZE);
            rows = page.items().stream().map(o -> new Row(o, DetectionOrderDeadline.of(o, now)))
                    .filter(r -> states.isEmpty() || states.contains(r.order().state().name()))
                    .filter(r -> matches(r.deadline(), deadline)).toList();
            total = page.total();
        } catch (RuntimeException e) {
            rows = List.of();
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    static boolean matches(RemovalOrderDeadline d, String filter) {
        if (filter == null || filter.isEmpty() || !DEADLINE_CHOICES.contains(filter)) {
            return true;
        }
        if ("overdue".equals(filter)) {
            return d.overdue();
        }
        return d.isRunning() && !d.overdue() && d.remaining().compareTo(Duration.parse(filter)) <= 0;
    }

    /** One line of the list: the order and its next deadline as read when the page loaded. */
    public record Row(DetectionOrderView order, RemovalOrderDeadline deadline) implements Serializable {
    }

    public DetectionOrderState[] getAllStates() {
        return DetectionOrderState.values();
    }

    public List<String> getDeadlineChoices() {
        return DEADLINE_CHOICES;
    }

    public List<String> getStates() {
        return states;
    }

    public void setStates(List<String> states) {
        this.states = states == null ? new ArrayList<>() : new ArrayList<>(states);
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = deadline == null ? "" : deadline;
    }

    public List<Row> getRows() {
        return rows;
    }

    /** Whether this is the issuing authority's queue of submitted requests. */
    public boolean isQueue() {
        return queue;
    }

    /** Whether the caller may see more orders than the newest the page reads. */
    public boolean isTruncated() {
        return total > PAGE_SIZE;
    }
}
