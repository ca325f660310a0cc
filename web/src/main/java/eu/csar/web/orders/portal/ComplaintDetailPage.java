package eu.csar.web.orders.portal;

import eu.csar.orders.api.ComplaintId;
import eu.csar.orders.api.ComplaintOutcome;
import eu.csar.orders.application.ComplaintView;
import eu.csar.orders.application.Complaints;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.UnknownObjectException;
import eu.csar.web.platform.portal.FeedbackBean;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * One complaint about an order ({@code /portal/orders/complaint.xhtml?id=}): the order it concerns
 * (a link to a removal order's page), the two Member States, what the user complains of, the
 * decision, and the timeline of every step; the buttons and the decision form of the side the
 * caller is on (the receiving authority forwards, the authority of establishment takes up and
 * decides, either records a withdrawal). Another Member State's complaint reads as not found.
 */
@Named
@ViewScoped
public class ComplaintDetailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Complaints complaints;

    @Inject
    FeedbackBean feedback;

    @Inject
    Caller caller;

    private String id;
    private ComplaintView complaint;
    private ComplaintOutcome outcome;
    private String reasons;
    private String withdrawal;

    /** f:viewAction */
    public void load() {
        complaint = null;
        ComplaintId parsed = OrderPages.id(id, ComplaintId::new);
        if (parsed == null) {
            return;
        }
        try {
            complaint = complaints.complaint(parsed);
        } catch (UnknownObjectException e) {
            // the page says "not found" itself
        } catch (RuntimeException e) {
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    public void forward() {
        act(() -> complaints.forward(complaint.id()), "complaint.forwarded", null);
    }

    public void takeUp() {
        act(() -> complaints.takeUp(complaint.id()), "complaint.takenUp", null);
    }

    public void decide() {
        if (act(() -> complaints.decide(complaint.id(), outcome, reasons), "complaint.decided", "decide:reasons")) {
            reasons = null;
        }
    }

    public void withdraw() {
        if (act(() -> complaints.withdraw(complaint.id(), withdrawal), "complaint.withdrawn", "withdraw:reason")) {
            withdrawal = null;
        }
    }

    private boolean act(Supplier<ComplaintView> move, String done, String field) {
        try {
            complaint = move.get();
            feedback.info(done);
            return true;
        } catch (RuntimeException e) {
            FacesContext.getCurrentInstance().validationFailed();
            if (!feedback.showRefusal(e, path -> field)) {
                throw e;
            }
            return false;
        }
    }

    private boolean authorityOf(MemberState memberState) {
        return caller.hasRole(Roles.COORDINATING_AUTHORITY) && caller.memberStates().contains(memberState);
    }

    private boolean possible(String event) {
        return complaint != null && complaint.possibleEvents().contains(event);
    }

    public boolean isForwardable() {
        return possible("FORWARD") && complaint.crossBorder() && authorityOf(complaint.receivingMemberState());
    }

    public boolean isTakeable() {
        return possible("TAKE_UP") && authorityOf(complaint.establishmentMemberState())
                && (complaint.forwardedAt() != null || !complaint.crossBorder());
    }

    public boolean isDecidable() {
        return possible("DECIDE") && authorityOf(complaint.establishmentMemberState());
    }

    public boolean isWithdrawable() {
        return possible("WITHDRAW") && (authorityOf(complaint.receivingMemberState())
                || authorityOf(complaint.establishmentMemberState()));
    }

    public boolean isFound() {
        return complaint != null;
    }

    public ComplaintView getComplaint() {
        return complaint;
    }

    /** The history in the order it happened: by time, and the filing first when the forwarding carries the same instant. */
    public List<ComplaintView.HistoryRow> getTimeline() {
        return complaint == null ? List.of() : OrderPages.inOrder(complaint.history(), ComplaintView.HistoryRow::at, h -> h.from() == null);
    }

    public List<ComplaintOutcome> getOutcomes() {
        return List.of(ComplaintOutcome.values());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ComplaintOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(ComplaintOutcome outcome) {
        this.outcome = outcome;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public String getWithdrawal() {
        return withdrawal;
    }

    public void setWithdrawal(String withdrawal) {
        this.withdrawal = withdrawal;
    }
}
