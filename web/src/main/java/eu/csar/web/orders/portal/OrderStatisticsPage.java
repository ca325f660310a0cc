package eu.csar.web.orders.portal;

import eu.csar.orders.application.OrderStatistics;
import eu.csar.web.platform.portal.FeedbackBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Collection;
import java.util.Locale;

/**
 * The EU Centre's order statistics ({@code /portal/orders/statistics.xhtml}): how many orders of each
 * kind, issued for each Member State, stand in each state, with the totals per kind and per Member
 * State, as the service counts them in PostgreSQL, each total with a bar as long as its share of the
 * largest (a chart that needs no script and reads as the numbers it draws).
 */
@Named
@ViewScoped
public class OrderStatisticsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrderStatistics statistics;

    @Inject
    FeedbackBean feedback;

    private OrderStatistics.Figures figures;

    /** f:viewAction */
    public void load() {
        try {
            figures = statistics.figures();
        } catch (RuntimeException e) {
            figures = null;
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    public OrderStatistics.Figures getFigures() {
        return figures;
    }

    /**
     * How long a figure's bar is, as a CSS width in its track: its share of the largest of {@code all},
     * so the largest fills the track; a figure of 0 gets no bar, any other at least 1 %, so it shows.
     */
    public String barWidth(Number value, Collection<? extends Number> all) {
        long max = all.stream().mapToLong(Number::longValue).max().orElse(0);
        long v = value == null ? 0 : value.longValue();
        if (max <= 0 || v <= 0) {
            return "0%";
        }
        double percent = Math.max(1.0, 100.0 * v / max);
        return String.format(Locale.ROOT, "%.2f%%", percent);
    }

    /** The state's label prefix for a kind's row. */
    public String statePrefix(String kind) {
        return switch (kind) {
            case "REMOVAL" -> "removalOrderState";
            case "DETECTION" -> "detectionOrderState";
            default -> "urlListOrderState";
        };
    }
}
