package eu.csar.web.orders.portal;

import eu.csar.orders.api.RemovalItemKind;
import eu.csar.orders.application.NewRemovalOrder;
import eu.csar.orders.application.RemovalOrderView;
import eu.csar.orders.application.RemovalOrders;
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
 * The issuing authority's removal order form ({@code /portal/orders/issue-removal-order.xhtml},
 * Annex IV): its reference and name, the Member State it acts for, the hosting provider (only those
 * it may address: active, hosting, under the jurisdiction of its Member States), the items (one a
 * line: a line starting with {@code http://} or {@code https://} is a URL, any other a content
 * reference on the provider's service, never content), the statement of reasons and non-disclosure.
 * Every field is checked with the service's own constraints and every problem shown at once next
 * to its field; a refusal of the service (e.g. jurisdiction) goes to its field too. Issued, the
 * order opens on its own page.
 */
@Named
@ViewScoped
public class IssueRemovalOrderPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "issue";
    private static final Pattern ITEM = Pattern.compile("items\\[(\\d+)\\].*");
    private static final Map<String, String> FIELDS = Map.of("reference", "reference", "issuingAuthority", "authority",
            "memberState", "memberState", "provider", "provider", "items", "items", "reasons", "reasons");

    @Inject
    RemovalOrders orders;

    @Inject
    FormValidation validation;

    @Inject
    FeedbackBean feedback;

    @Inject
    Caller caller;

    private LinkedHashMap<String, String> providers = new LinkedHashMap<>();
    private List<MemberState> memberStates = List.of();
    private String reference;
    private String issuingAuthority;
    private MemberState memberState;
    private String provider;
    private String items;
    private String reasons;
    private boolean nonDisclosure;

    /** f:viewAction */
    public void load() {
        try {
            LinkedHashMap<String, String> choices = new LinkedHashMap<>();
            orders.addressees().forEach((id, name) -> choices.put(name, id.toString()));
            providers = choices;
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
        NewRemovalOrder order = new NewRemovalOrder(OrderPages.strip(reference), memberState, OrderPages.strip(issuingAuthority),
                OrderPages.providerId(provider),
                items(items), reasons == null ? null : reasons.strip(), nonDisclosure, null);
        if (!validation.passes(IssueRemovalOrderPage::clientIdFor, order)) {
            return null;
        }
        try {
            RemovalOrderView issued = orders.issue(order);
            feedback.infoAfterRedirect("ro.issued", issued.reference(), issued.providerName());
            return "/portal/orders/removal-order?faces-redirect=true&id=" + issued.id();
        } catch (RuntimeException e) {
            if (!feedback.showRefusal(e, IssueRemovalOrderPage::clientIdFor)) {
                throw e;
            }
            return null;
        }
    }

    /** The field of a property path of {@link NewRemovalOrder}; an item's problem goes to the items box. */
    static String clientIdFor(String path) {
        if (path == null || path.isEmpty()) {
            return null;
        }
        Matcher item = ITEM.matcher(path);
        String field = FIELDS.get(item.matches() ? "items" : path);
        return field == null ? null : FORM + ":" + field;
    }

    /** One item a non-empty line: a URL when it starts with http:// or https://, else a content reference. */
    static List<NewRemovalOrder.Item> items(String text) {
        List<NewRemovalOrder.Item> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        for (String line : text.split("\\R")) {
            String locator = line.strip();
            if (!locator.isEmpty()) {
                String lower = locator.toLowerCase(java.util.Locale.ROOT);
                found.add(new NewRemovalOrder.Item(lower.startsWith("http://") || lower.startsWith("https://")
                        ? RemovalItemKind.URL : RemovalItemKind.CONTENT_REFERENCE, locator));
            }
        }
        return found;
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

    public String getItems() {
        return items;
    }

    public void setItems(String items) {
        this.items = items;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public boolean isNonDisclosure() {
        return nonDisclosure;
    }

    public void setNonDisclosure(boolean nonDisclosure) {
        this.nonDisclosure = nonDisclosure;
    }
}
