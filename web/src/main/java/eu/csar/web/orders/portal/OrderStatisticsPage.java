package eu.csar.web.orders.portal;

import eu.csar.orders.application.OrderStatistics;
import eu.csar.web.platform.portal.FeedbackBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * The EU Centre's order statistics ({@code /portal/orders/statistics.xhtml}): how many orders of each
 * kind, issued for each Member State, stand in each state, with the totals per kind and per Member
 * State, as the service counts them in PostgreSQL.
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

    /** The state's label prefix for a kind's row. */
    public String statePrefix(String kind) {
        return switch (kind) {
            case "REMOVAL" -> "removalOrderState";
            case "DETECTION" -> "detectionOrderState";
            default -> "urlListOrderState";
        };
    }
}
