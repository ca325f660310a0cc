package eu.csar.web.orders.portal;

import eu.csar.legal.application.PlatformClock;
import eu.csar.orders.api.OrderKind;
import eu.csar.orders.api.OrderRef;
import eu.csar.orders.application.ComplaintView;
import eu.csar.orders.application.Complaints;
import eu.csar.orders.api.RemovalOrderId;
import eu.csar.orders.api.RemovalOrderState;
import eu.csar.orders.application.RemovalOrderOnlineChecks;
import eu.csar.orders.application.RemovalOrderView;
import eu.csar.orders.application.RemovalOrders;
import eu.csar.shared.domain.UnknownObjectException;
import eu.csar.web.platform.portal.FeedbackBean;
import eu.csar.web.platform.portal.PortalPages;
import eu.csar.web.platform.portal.PortalUserBean;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * One removal order ({@code /portal/orders/removal-order.xhtml?id=}, permalink
 * {@code /portal/removal-orders/{id}}): the Annex IV data, the timeline (every step, who, when, why,
 * legal basis), the next deadline with its countdown on the platform clock, the time to removal,
 * the verification hash and the annex PDF; the issuing authority answers an Annex V notice here, and
 * a reviewer or the issuing authority records whether an executed or overdue order's items are still
 * online (which sends the provider repeat notices). Those who may read complaints (Art 34) see the
 * complaints about the order and a link to file one.
 * A wrong id and another Member State's order read the same: not found.
 */
@Named
@ViewScoped
public class RemovalOrderDetailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RemovalOrders orders;

    @Inject
    RemovalOrderOnlineChecks checks;

    @Inject
    FeedbackBean feedback;

    @Inject
    PortalUserBean user;

    @Inject
    PlatformClock clock;

    @Inject
    Complaints complaints;

    private String id;
    private RemovalOrderView order;
    private RemovalOrderDeadline deadline;
    private String clarification;
    private List<ComplaintView> complaintsAbout = List.of();
    private Integer checkItem;
    private String checkOutcome;

    /** f:viewAction */
    public void load() {
        order = null;
        RemovalOrderId orderId = OrderPages.id(id, RemovalOrderId::new);
        if (orderId == null) {
            return;
        }
        try {
            show(orders.order(orderId));
            if (user.mayOpen(PortalPages.COMPLAINTS)) {
                complaintsAbout = complaints.about(new OrderRef(OrderKind.REMOVAL, orderId.value()));
            }
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

    /** A reviewer or the issuing authority records whether an item is still online; a repeat notice may go at once. */
    public void recordCheck() {
        try {
            show(checks.record(order.id(), checkItem == null ? -1 : checkItem, "online".equals(checkOutcome), null));
            feedback.info("ro.checked");
        } catch (RuntimeException e) {
            FacesContext.getCurrentInstance().validationFailed();
            if (!feedback.showRefusal(e, path -> "check:item")) {
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

    /** A reviewer, or the issuing authority of the order, once the order was executed or ran out its period, until it closes. */
    public boolean isCheckable() {
        return order != null && (user.isReviewer() || user.isIssuingAuthority()) && order.state() != RemovalOrderState.CLOSED
                && (order.executedAt() != null || order.executionOverdueAt() != null);
    }

    /** The items to choose from: position and locator. */
    public List<SelectItem> getItemChoices() {
        return order == null ? List.of() : IntStream.range(0, order.items().size())
                .mapToObj(i -> new SelectItem(i, (i + 1) + ". " + order.items().get(i).locator())).toList();
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

    /** The complaints about this order the caller may see (empty for those who may not read complaints). */
    public List<ComplaintView> getComplaints() {
        return complaintsAbout;
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

    public Integer getCheckItem() {
        return checkItem;
    }

    public void setCheckItem(Integer checkItem) {
        this.checkItem = checkItem;
    }

    public String getCheckOutcome() {
        return checkOutcome;
    }

    public void setCheckOutcome(String checkOutcome) {
        this.checkOutcome = checkOutcome;
    }

    public String getClarification() {
        return clarification;
    }

    public void setClarification(String clarification) {
        this.clarification = clarification;
    }
}
