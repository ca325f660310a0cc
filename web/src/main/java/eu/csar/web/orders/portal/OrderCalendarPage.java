package eu.csar.web.orders.portal;

import eu.csar.orders.api.OpenDeadline;
import eu.csar.orders.api.OrderKind;
import eu.csar.orders.api.UrlListOrderType;
import eu.csar.orders.application.OrderDeadlines;
import eu.csar.web.platform.portal.FeedbackBean;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.ScheduleModel;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The deadline calendar ({@code /portal/orders/calendar.xhtml}): every open deadline of the orders of
 * the authority's Member States (removal, blocking, delisting, detection) in a PrimeFaces schedule
 * (month, week and list views; the list on a narrow screen) and as a list below it, each linking to
 * its order, filtered by kind. Times are UTC, as on the order pages. The service scopes and audits.
 */
@Named
@ViewScoped
public class OrderCalendarPage implements Serializable {

    private static final long serialVersionUID = 1L;


    @Inject
    OrderDeadlines deadlines;

    @Inject
    FeedbackBean feedback;

    private List<String> kinds = new ArrayList<>();
    private List<OpenDeadline> open = List.of();
    private DefaultScheduleModel model = new DefaultScheduleModel();

    /** f:viewAction, and the filter's search. */
    public void load() {
        try {
            open = deadlines.open(UrlListOrderListPage.chosen(OrderKind.class, kinds));
        } catch (RuntimeException e) {
            open = List.of();
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        DefaultScheduleModel events = new DefaultScheduleModel();
        for (OpenDeadline d : open) {
            String link = link(d);
            LocalDateTime at = LocalDateTime.ofInstant(d.dueAt(), ZoneOffset.UTC);
            events.addEvent(DefaultScheduleEvent.builder()
                    .title(d.reference() + ": " + feedback.text("cal.deadline." + d.deadline()))
                    .startDate(at).endDate(at).url(link == null ? null : context + link)
                    .styleClass("csar-cal-" + d.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .data(d.orderId().toString()).build());
        }
        model = events;
    }

    /** The permanent link of the deadline's order's page. */
    public String link(OpenDeadline d) {
        return switch (d.kind()) {
            case REMOVAL -> OrderPermalinkServlet.removalOrder(d.orderId());
            case BLOCKING, DELISTING -> OrderPermalinkServlet.urlListOrder(UrlListOrderType.valueOf(d.kind().name()), d.orderId());
            case DETECTION -> OrderPermalinkServlet.detectionOrder(d.orderId());
        };
    }

    public OrderKind[] getAllKinds() {
        return OrderKind.values();
    }

    public List<String> getKinds() {
        return kinds;
    }

    public void setKinds(List<String> kinds) {
        this.kinds = kinds == null ? new ArrayList<>() : new ArrayList<>(kinds);
    }

    public List<OpenDeadline> getOpen() {
        return open;
    }

    public ScheduleModel getModel() {
        return model;
    }
}
