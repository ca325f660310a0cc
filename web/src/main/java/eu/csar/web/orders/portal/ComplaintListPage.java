package eu.csar.web.orders.portal;

import eu.csar.orders.api.ComplaintDirection;
import eu.csar.orders.api.OrderKind;
import eu.csar.orders.application.ComplaintPage;
import eu.csar.orders.application.ComplaintView;
import eu.csar.orders.application.Complaints;
import eu.csar.orders.application.NewComplaint;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.MemberState;
import eu.csar.web.platform.portal.FeedbackBean;
import eu.csar.web.platform.portal.FormValidation;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The complaints page ({@code /portal/orders/complaints.xhtml}): the complaints about orders the
 * caller may see (Art 34), received by its Member State or forwarded to it as the authority of
 * establishment, and, for a Coordinating Authority, the form to file one received from a user
 * ({@code ?orderKind=&orderId=} fill in the order, as the removal order page's link does).
 */
@Named
@ViewScoped
public class ComplaintListPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 100;
    static final String FORM = "file";
    static final Map<String, String> FIELDS = Map.of("memberState", "memberState", "orderKind", "orderKind",
            "orderId", "orderId", "summary", "summary", "contactReference", "contactReference");

    @Inject
    Complaints complaints;

    @Inject
    FeedbackBean feedback;

    @Inject
    FormValidation validation;

    @Inject
    Caller caller;

    private ComplaintDirection direction = ComplaintDirection.ALL;
    private List<ComplaintView> rows = List.of();
    private long total;
    private List<MemberState> memberStates = List.of();
    private MemberState memberState;
    private OrderKind orderKind = OrderKind.REMOVAL;
    private String orderId;
    private String summary;
    private String contactReference;

    /** f:viewAction */
    public void load() {
        memberStates = caller.memberStates().stream().sorted().toList();
        if (memberState == null && memberStates.size() == 1) {
            memberState = memberStates.get(0);
        }
        try {
            ComplaintPage page = complaints.list(direction, 0, PAGE_SIZE);
            rows = page.items();
            total = page.total();
        } catch (RuntimeException e) {
            rows = List.of();
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    /** Files the complaint and opens it. */
    public String file() {
        UUID order = OrderPages.id(orderId, u -> u);
        if (order == null) {
            FacesContext.getCurrentInstance().validationFailed();
            feedback.error("complaint.orderIdInvalid");
            return null;
        }
        NewComplaint complaint = new NewComplaint(memberState, orderKind, order,
                summary == null ? null : summary.strip(), contactReference == null ? null : contactReference.strip());
        if (!validation.passes(ComplaintListPage::clientIdFor, complaint)) {
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        try {
            ComplaintView filed = complaints.file(complaint);
            feedback.infoAfterRedirect(filed.crossBorder() ? "complaint.filedForwarded" : "complaint.filed",
                    filed.establishmentMemberState().name());
            return "/portal/orders/complaint?faces-redirect=true&id=" + filed.id();
        } catch (RuntimeException e) {
            FacesContext.getCurrentInstance().validationFailed();
            if (!feedback.showRefusal(e, ComplaintListPage::clientIdFor)) {
                throw e;
            }
            return null;
        }
    }

    static String clientIdFor(String path) {
        String field = path == null ? null : FIELDS.get(path);
        return field == null ? null : FORM + ":" + field;
    }


    /** Only a Coordinating Authority records complaints it received. */
    public boolean isMayFile() {
        return caller.hasRole(Roles.COORDINATING_AUTHORITY);
    }

    public List<ComplaintDirection> getDirections() {
        return List.of(ComplaintDirection.values());
    }

    public List<OrderKind> getOrderKinds() {
        return List.of(OrderKind.values());
    }

    public List<ComplaintView> getRows() {
        return rows;
    }

    public boolean isTruncated() {
        return total > rows.size();
    }

    public ComplaintDirection getDirection() {
        return direction;
    }

    public void setDirection(ComplaintDirection direction) {
        this.direction = direction == null ? ComplaintDirection.ALL : direction;
    }

    public List<MemberState> getMemberStates() {
        return memberStates;
    }

    public MemberState getMemberState() {
        return memberState;
    }

    public void setMemberState(MemberState memberState) {
        this.memberState = memberState;
    }

    public OrderKind getOrderKind() {
        return orderKind;
    }

    public void setOrderKind(OrderKind orderKind) {
        this.orderKind = orderKind;
    }

    public String getOrderId() {
        return orderId;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getContactReference() {
        return contactReference;
    }

    public void setContactReference(String contactReference) {
        this.contactReference = contactReference;
    }
}
