package eu.csar.web.orders.portal;

import eu.csar.legal.application.PlatformClock;
import eu.csar.orders.api.RemovalOrderState;
import eu.csar.orders.application.RemovalOrderPage;
import eu.csar.orders.application.RemovalOrderStatistics;
import eu.csar.orders.application.RemovalOrderView;
import eu.csar.orders.application.RemovalOrders;
import eu.csar.orders.application.TimeToRemoval;
import eu.csar.web.platform.portal.FeedbackBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The removal orders page ({@code /portal/orders/removal-orders.xhtml}): the orders the caller may
 * see (its Member States', or all for EU Centre staff), filtered by state and by deadline (overdue,
 * due within 6 or 24 hours), each with its next deadline; and the time to removal per provider
 * (median, 90th percentile, orders over the deadline). The services scope and audit both reads.
 */
@Named
@ViewScoped
public class RemovalOrderListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The deadline filter's choices: none, overdue, or an open clock due within this (ISO 8601) window. */
    static final List<String> DEADLINE_CHOICES = List.of("", "overdue", "PT6H", "PT24H");

    static final int PAGE_SIZE = 100;

    @Inject
    RemovalOrders orders;

    @Inject
    RemovalOrderStatistics statistics;

    @Inject
    FeedbackBean feedback;

    @Inject
    PlatformClock clock;

    private List<String> states = new ArrayList<>();
    private String deadline = "";
    private List<Row> rows = List.of();
    private long total;
    private TimeToRemoval figures;
    private Instant now;

    /** f:viewAction, and the filter's search. */
    public void load() {
        try {
            now = clock.now();
            boolean overdue = "overdue".equals(deadline);
            Duration within = DEADLINE_CHOICES.contains(deadline) && deadline.startsWith("PT") ? Duration.parse(deadline) : null;
            EnumSet<RemovalOrderState> chosen = EnumSet.noneOf(RemovalOrderState.class);
            for (RemovalOrderState state : RemovalOrderState.values()) {
                if (states.contains(state.name())) {
                    chosen.add(state);
                }
            }
            RemovalOrderPage page = orders.list(chosen, within, overdue, 0, PAGE_SIZE);
            rows = page.items().stream().map(o -> new Row(o, RemovalOrderDeadline.of(o, now))).toList();
            total = page.total();
            figures = statistics.timeToRemoval();
        } catch (RuntimeException e) {
            rows = List.of();
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    /** One line of the list: the order and its next deadline as read when the page loaded. */
    public record Row(RemovalOrderView order, RemovalOrderDeadline deadline) implements Serializable {
    }

    public RemovalOrderState[] getAllStates() {
        return RemovalOrderState.values();
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

    public long getTotal() {
        return total;
    }

    public TimeToRemoval getFigures() {
        return figures;
    }

    /** Whether more orders match than the page shows. */
    public boolean isTruncated() {
        return total > rows.size();
    }
}
