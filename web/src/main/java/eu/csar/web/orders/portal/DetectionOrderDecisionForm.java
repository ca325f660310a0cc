package eu.csar.web.orders.portal;

import eu.csar.orders.application.DetectionOrderDecisions;
import eu.csar.web.platform.portal.FeedbackBean;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The issuing authority's decision on a submitted detection order request, on the order's page
 * (Art 7(4)): its name, the start date (UTC) and the reasons, then issue (transmitted at once) or
 * refuse. Reasons are required either way; the service checks the start against the profile's window.
 */
@Named
@ViewScoped
public class DetectionOrderDecisionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of("issuingAuthority", "decide:authority", "start", "decide:start",
            "reasons", "decide:reasons");

    @Inject
    DetectionOrderDecisions decisions;

    @Inject
    DetectionOrderDetailPage page;

    @Inject
    FeedbackBean feedback;

    private String authority;
    private LocalDate start;
    private String reasons;

    public void issue() {
        if (start == null) {
            FacesContext.getCurrentInstance().validationFailed();
            feedback.error("do.decide.startRequired");
            return;
        }
        decide("do.decide.issued", true);
    }

    public void refuse() {
        decide("do.decide.refused", false);
    }

    private void decide(String done, boolean issue) {
        try {
            page.show(issue
                    ? decisions.issue(page.getOrder().id(), authority, start.atStartOfDay(ZoneOffset.UTC).toInstant(), reasons)
                    : decisions.refuse(page.getOrder().id(), authority, reasons));
            feedback.info(done, page.getOrder().reference());
        } catch (RuntimeException e) {
            FacesContext.getCurrentInstance().validationFailed();
            if (!feedback.showRefusal(e, DetectionOrderDecisionForm::clientIdFor)) {
                throw e;
            }
        }
    }

    /** The field of a parameter of the decision; the service names them arg1, arg2, arg3 or by name. */
    static String clientIdFor(String path) {
        if (path == null) {
            return null;
        }
        String last = path.substring(path.lastIndexOf('.') + 1);
        return switch (last) {
            case "arg1" -> FIELDS.get("issuingAuthority");
            case "arg2", "arg3" -> FIELDS.get("reasons");
            default -> FIELDS.get(last);
        };
    }

    public String getAuthority() {
        return authority;
    }

    public void setAuthority(String authority) {
        this.authority = authority;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }
}
