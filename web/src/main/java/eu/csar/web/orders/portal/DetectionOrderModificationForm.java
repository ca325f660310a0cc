package eu.csar.web.orders.portal;

import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.legal.api.LegalPeriod;
import eu.csar.orders.application.DetectionOrderDecisions;
import eu.csar.orders.application.DetectionOrderView;
import eu.csar.orders.application.DetectionOrders;
import eu.csar.web.platform.portal.FeedbackBean;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The issuing authority's modification of an order at the Coordinating Authority's request, on the
 * order's page (Art 9(4)): its name, the indicator sets, the duration in months from the original
 * start and the safeguards (both filled in from the order), and the reasons; the order that replaces
 * it opens next. The service checks the duration against the type's maximum and the sets.
 */
@Named
@ViewScoped
public class DetectionOrderModificationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of("issuingAuthority", "modify:authority", "indicatorSets", "modify:sets",
            "duration", "modify:months", "end", "modify:months", "safeguards", "modify:safeguards", "reasons", "modify:reasons");

    @Inject
    DetectionOrderDecisions decisions;

    @Inject
    DetectionOrders orders;

    @Inject
    DetectionOrderDetailPage page;

    @Inject
    FeedbackBean feedback;

    private String authority;
    private List<String> sets;
    private Integer months;
    private String safeguards;
    private String reasons;
    private LinkedHashMap<String, String> choices;

    public String modify() {
        if (months == null || months < 1) {
            FacesContext.getCurrentInstance().validationFailed();
            feedback.error("do.modify.monthsRequired");
            return null;
        }
        try {
            DetectionOrderView modified = decisions.modify(page.getOrder().id(), authority, chosen(), LegalPeriod.months(months),
                    safeguards, reasons);
            feedback.infoAfterRedirect("do.modify.done", modified.reference());
            return "/portal/orders/detection-order?faces-redirect=true&id=" + modified.id();
        } catch (RuntimeException e) {
            FacesContext.getCurrentInstance().validationFailed();
            if (!feedback.showRefusal(e, DetectionOrderModificationForm::clientIdFor)) {
                throw e;
            }
            return null;
        }
    }

    private Set<IndicatorSetId> chosen() {
        Set<IndicatorSetId> chosen = new LinkedHashSet<>();
        for (String id : getSets()) {
            chosen.add(new IndicatorSetId(UUID.fromString(id)));
        }
        return chosen;
    }

    /** The field of a refusal: by the rule's field name, or by the service's parameter (arg1 to arg5). */
    static String clientIdFor(String path) {
        if (path == null) {
            return null;
        }
        String last = path.substring(path.lastIndexOf('.') + 1);
        return switch (last) {
            case "arg1" -> FIELDS.get("issuingAuthority");
            case "arg2" -> FIELDS.get("indicatorSets");
            case "arg3" -> FIELDS.get("duration");
            case "arg4" -> FIELDS.get("safeguards");
            case "arg5" -> FIELDS.get("reasons");
            default -> FIELDS.get(last);
        };
    }

    /** The sets to choose from, code to id. */
    public Map<String, String> getChoices() {
        if (choices == null) {
            choices = new LinkedHashMap<>();
            orders.indicatorSets().forEach((id, code) -> choices.put(code, id.value().toString()));
        }
        return choices;
    }

    public List<String> getSets() {
        if (sets == null) {
            sets = new ArrayList<>(page.getIndicatorSets().stream().map(DetectionOrderDetailPage.NamedSet::id).toList());
        }
        return sets;
    }

    public void setSets(List<String> sets) {
        this.sets = sets;
    }

    public String getSafeguards() {
        if (safeguards == null && page.getOrder() != null) {
            safeguards = page.getOrder().safeguards();
        }
        return safeguards;
    }

    public void setSafeguards(String safeguards) {
        this.safeguards = safeguards;
    }

    public String getAuthority() {
        if (authority == null && page.getOrder() != null) {
            authority = page.getOrder().issuingAuthority();
        }
        return authority;
    }

    public void setAuthority(String authority) {
        this.authority = authority;
    }

    public Integer getMonths() {
        return months;
    }

    public void setMonths(Integer months) {
        this.months = months;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }
}
