package eu.csar.web.orders.portal;

import eu.csar.legal.application.PlatformClock;
import eu.csar.orders.api.UrlListOrderState;
import eu.csar.orders.api.UrlListOrderType;
import eu.csar.orders.application.UrlListOrderPage;
import eu.csar.orders.application.UrlListOrderView;
import eu.csar.orders.application.UrlListOrders;
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
 * The blocking and delisting orders page ({@code /portal/orders/url-list-orders.xhtml}): the orders
 * the caller may see (its Member States', or all for EU Centre staff), filtered by kind, state and
 * deadline (overdue reassessment, or a reassessment or end due within 30 or 90 days), each with its
 * next deadline. The service scopes, filters and audits the read.
 */
@Named
@ViewScoped
public class UrlListOrderListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The deadline filter's choices: none, overdue, or an open deadline due within this (ISO 8601) window. */
    static final List<String> DEADLINE_CHOICES = List.of("", "overdue", "P30D", "P90D");

    static final int PAGE_SIZE = 100;

    @Inject
    UrlListOrders orders;

    @Inject
    FeedbackBean feedback;

    @Inject
    PlatformClock clock;

    private List<String> types = new ArrayList<>();
    private List<String> states = new ArrayList<>();
    private String deadline = "";
    private List<Row> rows = List.of();
    private long total;

    /** f:viewAction, and the filter's search. */
    public void load() {
        try {
            Instant now = clock.now();
            Duration within = DEADLINE_CHOICES.contains(deadline) && deadline.startsWith("P") ? Duration.parse(deadline) : null;
            UrlListOrderPage page = orders.list(chosen(UrlListOrderType.class, types), chosen(UrlListOrderState.class, states),
                    within, "overdue".equals(deadline), 0, PAGE_SIZE);
            rows = page.items().stream().map(o -> new Row(o, UrlListOrderDeadline.of(o, now))).toList();
            total = page.total();
        } catch (RuntimeException e) {
            rows = List.of();
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    /** The constants of {@code type} named in {@code names} (unknown names are ignored). */
    static <E extends Enum<E>> EnumSet<E> chosen(Class<E> type, List<String> names) {
        EnumSet<E> chosen = EnumSet.noneOf(type);
        for (E e : type.getEnumConstants()) {
            if (names.contains(e.name())) {
                chosen.add(e);
            }
        }
        return chosen;
    }

    /** One line of the list: the order and its next deadline as read when the page loaded. */
    public record Row(UrlListOrderView order, UrlListOrderDeadline deadline) implements Serializable {
    }

    public UrlListOrderType[] getAllTypes() {
        return UrlListOrderType.values();
    }

    public UrlListOrderState[] getAllStates() {
        return UrlListOrderState.values();
    }

    public List<String> getDeadlineChoices() {
        return DEADLINE_CHOICES;
    }

    public List<String> getTypes() {
        return types;
    }

    public void setTypes(List<String> types) {
        this.types = types == null ? new ArrayList<>() : new ArrayList<>(types);
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

    /** Whether more orders match than the page shows. */
    public boolean isTruncated() {
        return total > rows.size();
    }
}
