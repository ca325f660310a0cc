package eu.csar.web.notification.portal;

import eu.csar.notification.application.InboxItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.Map;

/**
 * Where a notification's subject opens: always the object's permanent link
 * ({@code /portal/providers/{id}}, {@code /portal/detection-orders/{id}}, ...), which survives a
 * login; a subject that is a list (deliveries waiting too long) opens the page with that list. A subject
 * type without a page links to the inbox itself.
 */
@Named
@ApplicationScoped
public class InboxLinks {

    private static final Map<String, String> PERMALINKS = Map.of(
            "Provider", "/portal/providers/",
            "DetectionOrder", "/portal/detection-orders/",
            "RemovalOrder", "/portal/removal-orders/",
            "Complaint", "/portal/complaints/",
            "RiskAssessment", "/portal/risk/assessments.xhtml?assessment=",
            "RiskFirstAssessment", "/portal/risk/assessments.xhtml?provider=",
            "Technology", "/portal/technologies/technology.xhtml?id=");

    /** Subjects that are a list on one page rather than one object: that page. */
    private static final Map<String, String> LIST_PAGES = Map.of(
            "ReportDeliveries", "/portal/operations/report-deliveries.xhtml");

    /** Where a provider's staff open a subject of their provider's inbox: their own page of it. */
    private static final Map<String, String> PROVIDER_PAGES = Map.of(
            "RiskAssessment", "/portal/risk/own.xhtml",
            "RiskFirstAssessment", "/portal/risk/own.xhtml",
            "RemovalOrder", "/portal/orders/provider-orders.xhtml",
            "DetectionOrder", "/portal/orders/provider-orders.xhtml");

    /** The context-relative permanent link of the item's subject (for a provider's inbox, the provider's own page). */
    public static String path(InboxItem item) {
        if (item.recipient().provider().isPresent()) {
            return PROVIDER_PAGES.getOrDefault(item.subjectType(), "/portal/inbox.xhtml");
        }
        if (LIST_PAGES.containsKey(item.subjectType())) {
            return LIST_PAGES.get(item.subjectType());
        }
        String prefix = PERMALINKS.get(item.subjectType());
        return prefix == null ? "/portal/inbox.xhtml" : prefix + item.subjectId();
    }

    public String subject(InboxItem item) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + path(item);
    }
}
