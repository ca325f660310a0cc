package eu.csar.orders.domain;

import eu.csar.orders.api.ComplaintId;
import eu.csar.orders.api.ComplaintOutcome;
import eu.csar.orders.api.ComplaintState;
import eu.csar.orders.api.OrderKind;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.RuleViolationException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static eu.csar.shared.domain.DomainInputs.micros;
import static eu.csar.shared.domain.DomainInputs.required;
import static eu.csar.shared.domain.RuleViolationException.invalid;

/**
 * A complaint of a user of a service about an order (Art 34): lodged with the Coordinating Authority
 * of the Member State where the user lives (the receiving Member State), about one order of any kind
 * (by kind and id, with the order's reference copied for reading), and examined by the Coordinating
 * Authority of establishment, whose Member State is the order's own (taken from the order, never
 * typed). The complainant is described by a summary and at most a contact reference the receiving
 * authority keeps (a case number of its own channel, say): no content, no further personal data.
 * Moves by {@link ComplaintLifecycle}; every move writes a history row.
 */
@Entity
@Table(name = "complaints")
public class Complaint {

    public static final int MAX_SUMMARY = 2000;
    public static final int MAX_CONTACT_REFERENCE = 200;
    /** Decision reasons fit the history row with the outcome before them. */
    public static final int MAX_REASONS = 450;

    @Id
    private UUID id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "receiving_member_state", nullable = false, updatable = false)
    private MemberState receivingMemberState;

    @Enumerated(EnumType.STRING)
    @Column(name = "establishment_member_state", nullable = false, updatable = false)
    private MemberState establishmentMemberState;

    @Enumerated(EnumType.STRING)
    @Column(name = "order_kind", nullable = false, updatable = false)
    private OrderKind orderKind;

    @Column(name = "order_id", nullable = false, updatable = false)
    private UUID orderId;

    @Column(name = "order_reference", nullable = false, updatable = false)
    private String orderReference;

    @Column(name = "summary", nullable = false, updatable = false)
    private String summary;

    @Column(name = "contact_reference", updatable = false)
    private String contactReference;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private ComplaintState state;

    @Column(name = "filed_by", nullable = false, updatable = false)
    private String filedBy;

    @Column(name = "filed_at", nullable = false, updatable = false)
    private Instant filedAt;

    @Column(name = "forwarded_at")
    private Instant forwardedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private ComplaintOutcome outcome;

    @Column(name = "decision_reasons")
    private String decisionReasons;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "state_changed_at", nullable = false)
    private Instant stateChangedAt;

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("occurredAt")
    private List<ComplaintStatusChange> history = new ArrayList<>();

    protected Complaint() {
    }

    /**
     * A new complaint, RECEIVED by the authority of {@code receiving}, about the order of
     * {@code establishment}; its history opened with the filing.
     */
    public static Complaint file(MemberState receiving, OrderKind orderKind, UUID orderId, String orderReference,
                                 MemberState establishment, String summary, String contactReference, String actor,
                                 Instant at) {
        String text = required(summary, "summary", "A complaint says what the user complains of");
        if (text.length() > MAX_SUMMARY) {
            throw invalid("summary", "At most " + MAX_SUMMARY + " characters");
        }
        String contact = contactReference == null || contactReference.isBlank() ? null : contactReference.trim();
        if (contact != null && contact.length() > MAX_CONTACT_REFERENCE) {
            throw invalid("contactReference", "At most " + MAX_CONTACT_REFERENCE + " characters");
        }
        Complaint c = new Complaint();
        Instant now = micros(at);
        c.id = UUID.randomUUID();
        c.receivingMemberState = Objects.requireNonNull(receiving, "receiving");
        c.establishmentMemberState = Objects.requireNonNull(establishment, "establishment");
        c.orderKind = Objects.requireNonNull(orderKind, "orderKind");
        c.orderId = Objects.requireNonNull(orderId, "orderId");
        c.orderReference = Objects.requireNonNull(orderReference, "orderReference");
        c.summary = text;
        c.contactReference = contact;
        c.state = ComplaintLifecycle.INITIAL;
        c.filedBy = actor;
        c.filedAt = now;
        c.stateChangedAt = now;
        c.history.add(new ComplaintStatusChange(c, null, ComplaintLifecycle.FILE, c.state, "Art 34(1)", actor, null, now));
        return c;
    }

    /** Whether the receiving authority must pass the complaint on: the order is another Member State's. */
    public boolean needsForwarding() {
        return receivingMemberState != establishmentMemberState;
    }

    /** The receiving authority passes the complaint to the authority of establishment. */
    public void forward(String actor, Instant at) {
        if (!needsForwarding()) {
            throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, null,
                    "The complaint is about an order of " + receivingMemberState + ", the receiving Member State: nothing to forward");
        }
        Instant now = micros(at);
        move(ComplaintEvent.FORWARD, "to " + establishmentMemberState, actor, now);
        forwardedAt = now;
    }

    /** The authority of establishment takes the complaint up; a cross-border one must have been forwarded first. */
    public void takeUp(String actor, Instant at) {
        if (state == ComplaintState.RECEIVED && needsForwarding()) {
            throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, null,
                    "The complaint is not yet forwarded to " + establishmentMemberState);
        }
        move(ComplaintEvent.TAKE_UP, null, actor, micros(at));
    }

    /** The authority of establishment decides, with reasons. */
    public void decide(ComplaintOutcome outcome, String reasons, String actor, Instant at) {
        Objects.requireNonNull(outcome, "outcome");
        String why = required(reasons, "reasons", "A decision on a complaint states its reasons");
        if (why.length() > MAX_REASONS) {
            throw invalid("reasons", "At most " + MAX_REASONS + " characters");
        }
        Instant now = micros(at);
        move(ComplaintEvent.DECIDE, outcome + ": " + why, actor, now);
        this.outcome = outcome;
        this.decisionReasons = why;
        this.decidedBy = actor;
        this.decidedAt = now;
    }

    /** The complainant withdraws the complaint before a decision. */
    public void withdraw(String reason, String actor, Instant at) {
        String why = required(reason, "reason", "A withdrawal has a reason");
        if (why.length() > MAX_REASONS) {
            throw invalid("reason", "At most " + MAX_REASONS + " characters");
        }
        move(ComplaintEvent.WITHDRAW, why, actor, micros(at));
    }

    private void move(ComplaintEvent event, String reason, String actor, Instant at) {
        ComplaintState from = state;
        ComplaintState to = ComplaintLifecycle.TABLE.next(from, event);
        state = to;
        stateChangedAt = at;
        history.add(new ComplaintStatusChange(this, from, event.name(), to, event.legalBasis(), actor, reason, at));
    }

    public Set<ComplaintEvent> possibleEvents() {
        return ComplaintLifecycle.TABLE.eventsFrom(state);
    }

    public ComplaintId id() {
        return new ComplaintId(id);
    }

    public long version() {
        return version;
    }

    public MemberState receivingMemberState() {
        return receivingMemberState;
    }

    public MemberState establishmentMemberState() {
        return establishmentMemberState;
    }

    public OrderKind orderKind() {
        return orderKind;
    }

    public UUID orderId() {
        return orderId;
    }

    public String orderReference() {
        return orderReference;
    }

    public String summary() {
        return summary;
    }

    /** The receiving authority's own reference to reach the complainant; null if none. */
    public String contactReference() {
        return contactReference;
    }

    public ComplaintState state() {
        return state;
    }

    public String filedBy() {
        return filedBy;
    }

    public Instant filedAt() {
        return filedAt;
    }

    public Instant forwardedAt() {
        return forwardedAt;
    }

    public ComplaintOutcome outcome() {
        return outcome;
    }

    public String decisionReasons() {
        return decisionReasons;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Instant stateChangedAt() {
        return stateChangedAt;
    }

    public List<ComplaintStatusChange> history() {
        return Collections.unmodifiableList(history);
    }
}
