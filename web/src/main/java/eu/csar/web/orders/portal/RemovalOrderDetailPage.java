package eu.csar.web.orders.portal;

import eu.csar.legal.application.PlatformClock;
import eu.csar.orders.api.RemovalOrderId;
import eu.csar.orders.application.RemovalOrderView;
import eu.csar.orders.application.RemovalOrders;
import eu.csar.shared.domain.UnknownObjectException;
import eu.csar.web.platform.portal.FeedbackBean;
import eu.csar.web.platform.portal.PortalUserBean;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * One removal order ({@code /portal/orders/removal-order.xhtml?id=}, permalink
 * {@code /portal/removal-orders/{id}}): the Annex IV data, the timeline (every step, who, when, why,
 * legal basis), the next deadline with its countdown on the platform clock, the time to removal,
 * the verification hash and the annex PDF; the issuing authority answers an Annex V notice here.
 * A wrong id and another Member State's order read the same: not found.
 */
@Named
@ViewScoped
public class RemovalOrderDetailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RemovalOrders orders;

    @Inject
    FeedbackBean feedback;

    @Inject
    PortalUserBean user;

    @Inject
    PlatformClock clock;

    private String id;
    private RemovalOrderView order;
    private RemovalOrderDeadline deadline;
    private String clarification;

    /** f:viewAction */
    public void load() {
        order = null;
        RemovalOrderId orderId = OrderPages.id(id, RemovalOrderId::new);
        if (orderId == null) {
            return;
        }
        try {
            show(orders.order(orderId));
        } catch (UnknownObjectException e) {
            // the page says "not found" itself
        } catch (RuntimeException e) {
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    /** The issuing authority's answer to an Annex V notice: the execution period runs again in full. */
    public void clarify() {
        try {
            show(orders.clarify(order.id(), clarification));
            clarification = null;
            feedback.info("ro.clarified");
        } catch (RuntimeException e) {
            FacesContext.getCurrentInstance().validationFailed();
            if (!feedback.showRefusal(e, path -> "clarify:text")) {
                throw e;
            }
        }
    }

    private void show(RemovalOrderView view) {
        order = view;
        deadline = RemovalOrderDeadline.of(view, clock.now());
    }

    /** The issuing authority of the order's Member State, while an Annex V notice stops the clock. */
    public boolean isClarifiable() {
        return order != null && user.isIssuingAuthority() && order.possibleEvents().contains("CLARIFY");
    }

    public boolean isFound() {
        return order != null;
    }

    public RemovalOrderView getOrder() {
        return order;
    }

    /**
     * The history in the order it happened: by time, and the issue first when the transmission
     * that follows it at once carries the same instant.
     */
    public List<RemovalOrderView.HistoryRow> getTimeline() {
        return order == null ? List.of() : OrderPages.inOrder(order.history(), RemovalOrderView.HistoryRow::at, h -> h.from() == null);
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

    public String getClarification() {
        return clarification;
    }

    public void setClarification(String clarification) {
        this.clarification = clarification;
    }
}
