package eu.csar.orders.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.orders.api.ComplaintDirection;
import eu.csar.orders.api.ComplaintId;
import eu.csar.orders.api.ComplaintOutcome;
import eu.csar.orders.api.OrderRef;
import eu.csar.orders.domain.Complaint;
import eu.csar.orders.domain.ComplaintAction;
import eu.csar.orders.domain.ComplaintRepository;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.CleanText;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.notification.api.NoticeSubject;
import eu.csar.notification.application.Notices;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Complaints of users of a service about an order (Art 34 of COM(2022) 209), end to end: the
 * Coordinating Authority of the Member State where the user lives records the complaint about an
 * order of any kind; when the order is another Member State's, the complaint is forwarded at once
 * to the Coordinating Authority of establishment (the order's Member State, taken from the order),
 * whose inbox is told; that authority takes it up and decides (upheld, partly upheld, rejected,
 * with reasons); either authority records a withdrawal. Both authorities and the EU Centre's staff see the complaint and
 * its history; for anyone else it does not exist (404). Every move goes through {@link OrderMoves}
 * (history row, audit entry, or the refusal audited); every read is audited.
 */
@Stateless
public class Complaints {

    static final String PURPOSE = "complaint about an order (Art 34)";
    static final String OBJECT_TYPE = "Complaint";
    static final int MAX_PAGE = 100;

    @Inject
    ComplaintRepository complaints;

    @Inject
    ComplainedOrders orders;

    @Inject
    OrderMoves moves;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Notices notices;

    /** Records a complaint received from a user living in the caller's Member State; forwarded at once when the order is another's. */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public ComplaintView file(@NotNull @Valid NewComplaint c) {
        ComplaintAction action = ComplaintAction.COMPLAINT_FILED;
        try {
            MemberState receiving = OrderVisibility.actingMemberState(caller, c.memberState(), null);
            ComplainedOrder order = orders.find(c.orderKind(), c.orderId());
            String actor = audit.actorName();
            Complaint complaint = Complaint.file(receiving, c.orderKind(), c.orderId(), order.reference(), order.memberState(),
                    c.summary(), c.contactReference(), actor, clock.instant());
            complaints.add(complaint);
            complaints.flush();
            audit.success(action, complaint.id(), PURPOSE + "; about " + c.orderKind() + " order " + c.orderId() + " of "
                    + order.memberState() + ", received by " + receiving);
            if (complaint.needsForwarding()) {
                passOn(complaint, "automatic on filing");
            }
            return ComplaintView.of(complaint);
        } catch (RuleViolationException refused) {
            audit.refusal(action, null, PURPOSE + "; " + refused.getMessage(), AuditOutcome.REFUSED);
            throw refused;
        }
    }

    /** One page of the complaints the caller may see in {@code direction}, newest first. */
    @RolesAllowed({Roles.COORDINATING_AUTHORITY, Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR})
    public ComplaintPage list(@NotNull ComplaintDirection direction, @Min(0) int page, @Min(1) @Max(MAX_PAGE) int size) {
        Set<MemberState> scope = ComplaintVisibility.listScope(caller);
        boolean none = scope != null && scope.isEmpty();
        List<Complaint> found = none ? List.of() : complaints.page(direction, scope, page * size, size);
        long total = none ? 0 : complaints.count(direction, scope);
        audit.success(ComplaintAction.COMPLAINT_LIST_READ, null, PURPOSE + "; " + direction + ", page " + page + ", "
                + found.size() + " of " + total);
        return new ComplaintPage(found.stream().map(ComplaintView::of).toList(), page, size, total);
    }

    /** The complaints about one order that the caller may see, oldest first. */
    @RolesAllowed({Roles.COORDINATING_AUTHORITY, Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR})
    public List<ComplaintView> about(@NotNull OrderRef order) {
        List<ComplaintView> found = complaints.about(order.kind(), order.id()).stream()
                .filter(c -> ComplaintVisibility.canSee(caller, c)).map(ComplaintView::of).toList();
        audit.success(ComplaintAction.COMPLAINT_LIST_READ, null, PURPOSE + "; about " + order.kind() + " order " + order.id()
                + ", " + found.size() + " found");
        return found;
    }

    /** One complaint; one the caller may not see is not found. */
    @RolesAllowed({Roles.COORDINATING_AUTHORITY, Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR})
    public ComplaintView complaint(@NotNull ComplaintId id) {
        ComplaintAction action = ComplaintAction.COMPLAINT_READ;
        Complaint complaint = moves.visible(complaints.find(id), c -> ComplaintVisibility.canSee(caller, c), action, id,
                OBJECT_TYPE, PURPOSE);
        audit.success(action, id, PURPOSE);
        return ComplaintView.of(complaint);
    }

    /** The receiving authority forwards a complaint not forwarded on filing (Art 34(3)). */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public ComplaintView forward(@NotNull ComplaintId id) {
        ComplaintAction action = ComplaintAction.COMPLAINT_FORWARDED;
        Complaint complaint = load(id, action, c -> ComplaintVisibility.receiver(caller, c));
        return ComplaintView.of(passOn(complaint, null));
    }

    /** The authority of establishment takes the complaint up for examination. */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public ComplaintView takeUp(@NotNull ComplaintId id) {
        ComplaintAction action = ComplaintAction.COMPLAINT_TAKEN_UP;
        Complaint complaint = load(id, action, c -> ComplaintVisibility.establishment(caller, c));
        return ComplaintView.of(moveOn(complaint, action, null, Complaint::takeUp));
    }

    /** The authority of establishment decides, with reasons; the outcome is linked to the order through the complaint. */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public ComplaintView decide(@NotNull ComplaintId id, @NotNull ComplaintOutcome outcome,
                                @NotBlank @Size(max = Complaint.MAX_REASONS) @CleanText(multiLine = true) String reasons) {
        ComplaintAction action = ComplaintAction.COMPLAINT_DECIDED;
        Complaint complaint = load(id, action, c -> ComplaintVisibility.establishment(caller, c));
        return ComplaintView.of(moveOn(complaint, action, outcome.name(),
                (c, actor, now) -> c.decide(outcome, reasons, actor, now)));
    }

    /** Either authority concerned records that the complainant withdrew the complaint. */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public ComplaintView withdraw(@NotNull ComplaintId id,
                                  @NotBlank @Size(max = Complaint.MAX_REASONS) @CleanText(multiLine = true) String reason) {
        ComplaintAction action = ComplaintAction.COMPLAINT_WITHDRAWN;
        Complaint complaint = load(id, action, c -> ComplaintVisibility.concerned(caller, c));
        return ComplaintView.of(moveOn(complaint, action, null, (c, actor, now) -> c.withdraw(reason, actor, now)));
    }

    private Complaint load(ComplaintId id, ComplaintAction action, Predicate<Complaint> mayAct) {
        // one the caller may not see is not found; one it sees but may not act on is refused by the workflow's rule
        Complaint complaint = moves.visible(complaints.findForUpdate(id), c -> ComplaintVisibility.canSee(caller, c), action,
                id, OBJECT_TYPE, PURPOSE);
        if (!mayAct.test(complaint)) {
            audit.refusal(action, id, PURPOSE + "; not the caller's to do", AuditOutcome.REFUSED);
            throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, null,
                    "Only " + who(action, complaint) + " may do this");
        }
        return complaint;
    }

    static String who(ComplaintAction action, Complaint complaint) {
        return switch (action) {
            case COMPLAINT_FORWARDED -> "the Coordinating Authority of " + complaint.receivingMemberState();
            case COMPLAINT_TAKEN_UP, COMPLAINT_DECIDED -> "the Coordinating Authority of establishment ("
                    + complaint.establishmentMemberState() + ")";
            default -> "the Coordinating Authorities of " + complaint.receivingMemberState() + " and "
                    + complaint.establishmentMemberState();
        };
    }

    /** Forwards the complaint, and the inbox of the Coordinating Authority of establishment learns of it. */
    private Complaint passOn(Complaint complaint, String detail) {
        moveOn(complaint, ComplaintAction.COMPLAINT_FORWARDED, detail, Complaint::forward);
        notices.complaintPassedOn(complaint.establishmentMemberState(), new NoticeSubject(OBJECT_TYPE, complaint.id().value(),
                complaint.orderReference()), complaint.receivingMemberState(), OBJECT_TYPE + "/" + complaint.id() + "/forwarded");
        return complaint;
    }

    private Complaint moveOn(Complaint complaint, ComplaintAction action, String detail, OrderMoves.Step<Complaint> step) {
        return moves.move(complaint, complaint.id(), action, PURPOSE, complaint::state, complaints::flush, detail, step);
    }
}
