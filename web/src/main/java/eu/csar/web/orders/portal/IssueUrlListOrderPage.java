package eu.csar.web.orders.portal;

import eu.csar.indicators.api.IndicatorId;
import eu.csar.orders.api.UrlListOrderType;
import eu.csar.orders.application.NewUrlListOrder;
import eu.csar.orders.application.UrlListOrderView;
import eu.csar.orders.application.UrlListOrders;
import eu.csar.security.api.Caller;
import eu.csar.shared.domain.MemberState;
import eu.csar.web.platform.portal.FeedbackBean;
import eu.csar.web.platform.portal.FormValidation;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issuing authority's blocking or delisting order form ({@code /portal/orders/issue-url-list-order.xhtml}):
 * the kind, its reference and name, the Member State it acts for, the provider (only those it may
 * address: active internet access providers for blocking, search engines for delisting, under its
 * Member States' jurisdiction), the URL-list entries by their id (one a line; never free URLs), the
 * statement of reasons, and for a blocking order the notice users see and the period of application.
 * Every field is checked with the service's constraints and every problem shown at once next to its
 * field; a refusal of the service goes to its field too. Issued, the order opens on its own page.
 */
@Named
@ViewScoped
public class IssueUrlListOrderPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "issue";
    private static final Pattern ENTRY = Pattern.compile("entries\\[(\\d+)\\].*");
    private static final Map<String, String> FIELDS = Map.of("reference", "reference", "issuingAuthority", "authority",
            "memberState", "memberState", "provider", "provider", "entries", "entries", "reasons", "reasons",
            "userNotice", "userNotice", "periodOfApplication", "period");

    @Inject
    UrlListOrders orders;

    @Inject
    FormValidation validation;

    @Inject
    FeedbackBean feedback;

    @Inject
    Caller caller;

    private UrlListOrderType type = UrlListOrderType.BLOCKING;
    private LinkedHashMap<String, String> providers = new LinkedHashMap<>();
    private List<MemberState> memberStates = List.of();
    private String reference;
    private String issuingAuthority;
    private MemberState memberState;
    private String provider;
    private String entries;
    private String reasons;
    private String userNotice;
    private String periodOfApplication;

    /** f:viewAction, and a change of kind: the providers that may receive an order of the kind. */
    public void load() {
        try {
            LinkedHashMap<String, String> choices = new LinkedHashMap<>();
            orders.addressees(type).forEach((id, name) -> choices.put(name, id.toString()));
            providers = choices;
            if (!choices.containsValue(provider)) {
                provider = null;
            }
            memberStates = caller.memberStates().stream().sorted().toList();
            if (memberStates.size() == 1) {
                memberState = memberStates.get(0);
            }
        } catch (RuntimeException e) {
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    public String issue() {
        boolean blocking = type == UrlListOrderType.BLOCKING;
        NewUrlListOrder order = new NewUrlListOrder(OrderPages.strip(reference), memberState, OrderPages.strip(issuingAuthority),
                OrderPages.providerId(provider),
                entries(entries), reasons == null ? null : reasons.strip(), blocking ? blankToNull(userNotice) : null,
                blocking ? blankToNull(periodOfApplication) : null, null);
        if (!validation.passes(IssueUrlListOrderPage::clientIdFor, order)) {
            return null;
        }
        try {
            UrlListOrderView issued = orders.issue(type, order);
            feedback.infoAfterRedirect("ulo.issued." + type, issued.reference(), issued.providerName());
            return "/portal/orders/url-list-order?faces-redirect=true&type=" + type + "&id=" + issued.id();
        } catch (RuntimeException e) {
            if (!feedback.showRefusal(e, IssueUrlListOrderPage::clientIdFor)) {
                throw e;
            }
            return null;
        }
    }

    /** The field of a property path of {@link NewUrlListOrder}; an entry's problem goes to the entries box. */
    static String clientIdFor(String path) {
        if (path == null || path.isEmpty()) {
            return null;
        }
        Matcher entry = ENTRY.matcher(path);
        String field = FIELDS.get(entry.matches() ? "entries" : path);
        return field == null ? null : FORM + ":" + field;
    }

    /** One entry id a non-empty line; a line that is no id stays in the list as null (the form then names it). */
    static List<IndicatorId> entries(String text) {
        List<IndicatorId> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        for (String line : text.split("\\R")) {
            String id = line.strip();
            if (!id.isEmpty()) {
                found.add(OrderPages.id(id, IndicatorId::new));
            }
        }
        return found;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public boolean isBlocking() {
        return type == UrlListOrderType.BLOCKING;
    }

    public UrlListOrderType[] getTypes() {
        return UrlListOrderType.values();
    }

    public UrlListOrderType getType() {
        return type;
    }

    public void setType(UrlListOrderType type) {
        this.type = type == null ? UrlListOrderType.BLOCKING : type;
    }

    public Map<String, String> getProviders() {
        return providers;
    }

    public List<MemberState> getMemberStates() {
        return memberStates;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getIssuingAuthority() {
        return issuingAuthority;
    }

    public void setIssuingAuthority(String issuingAuthority) {
        this.issuingAuthority = issuingAuthority;
    }

    public MemberState getMemberState() {
        return memberState;
    }

    public void setMemberState(MemberState memberState) {
        this.memberState = memberState;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getEntries() {
        return entries;
    }

    public void setEntries(String entries) {
        this.entries = entries;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public String getUserNotice() {
        return userNotice;
    }

    public void setUserNotice(String userNotice) {
        this.userNotice = userNotice;
    }

    public String getPeriodOfApplication() {
        return periodOfApplication;
    }

    public void setPeriodOfApplication(String periodOfApplication) {
        this.periodOfApplication = periodOfApplication;
    }
}
