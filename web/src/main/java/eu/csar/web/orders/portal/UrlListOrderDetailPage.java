package eu.csar.web.orders.portal;

import eu.csar.legal.application.PlatformClock;
import eu.csar.orders.api.UrlListOrderId;
import eu.csar.orders.api.UrlListOrderType;
import eu.csar.orders.application.UrlListOrderView;
import eu.csar.orders.application.UrlListOrders;
import eu.csar.shared.domain.UnknownObjectException;
import eu.csar.web.platform.portal.FeedbackBean;
import eu.csar.web.platform.portal.PortalUserBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * One blocking or delisting order ({@code /portal/orders/url-list-order.xhtml?type=&id=}), read-only:
 * where it stands and its next deadline with a countdown (the platform clock), the URL-list entries
 * (lifted ones marked), the reassessment requests and their answers, the user notice and period of a
 * blocking order, and the timeline. Open to the provider it is addressed to as well (its read-only
 * view); a wrong id, another kind, another Member State's or another provider's order all read the
 * same: not found.
 */
@Named
@ViewScoped
public class UrlListOrderDetailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UrlListOrders orders;

    @Inject
    FeedbackBean feedback;

    @Inject
    PortalUserBean user;

    @Inject
    PlatformClock clock;

    private String type;
    private String id;
    private UrlListOrderView order;
    private UrlListOrderDeadline deadline;

    /** f:viewAction */
    public void load() {
        order = null;
        UrlListOrderType orderType = UrlListOrderListPage.chosen(UrlListOrderType.class, type == null ? List.of() : List.of(type))
                .stream().findFirst().orElse(null);
        UrlListOrderId orderId = OrderPages.id(id, UrlListOrderId::new);
        if (orderType == null || orderId == null) {
            return;
        }
        try {
            order = orders.order(orderType, orderId);
            deadline = UrlListOrderDeadline.of(order, clock.now());
        } catch (UnknownObjectException e) {
            // the page says "not found" itself
        } catch (RuntimeException e) {
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    /** Where "back" leads: the provider's own view, or the list of blocking and delisting orders. */
    public String getListOutcome() {
        return user.mayOpen(eu.csar.web.platform.portal.PortalPages.URL_LIST_ORDERS) ? "/portal/orders/url-list-orders"
                : "/portal/orders/provider-orders";
    }

    public boolean isFound() {
        return order != null;
    }

    public UrlListOrderView getOrder() {
        return order;
    }

    /** The history in the order it happened: by time, and the issue first when the transmission carries the same instant. */
    public List<UrlListOrderView.HistoryRow> getTimeline() {
        return order == null ? List.of() : OrderPages.inOrder(order.history(), UrlListOrderView.HistoryRow::at, h -> h.from() == null);
    }

    public UrlListOrderDeadline getDeadline() {
        return deadline;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
