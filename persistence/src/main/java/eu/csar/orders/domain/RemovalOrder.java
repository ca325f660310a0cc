package eu.csar.orders.domain;

import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileRef;
import eu.csar.orders.api.Addressee;
import eu.csar.orders.api.CannotExecuteReason;
import eu.csar.orders.api.Contestant;
import eu.csar.orders.api.ExecutionMeasure;
import eu.csar.orders.api.RedressOutcome;
import eu.csar.orders.api.RemovalOrderId;
import eu.csar.orders.api.RemovalOrderState;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.RuleViolationException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A removal order (Art 14-15 of COM(2022) 209): issued by the issuing authority of a Member State
 * to a hosting provider under that Member State's jurisdiction, for specific items (URLs or content
 * references, never content), with a statement of reasons, under the legal profile version pinned
 * when it was issued. Its state moves only as {@link RemovalOrderLifecycle} allows, each move a
 * {@link RemovalOrderStatusChange}. It keeps its clocks, every period given by the caller from the
 * pinned profile (never a literal here):
 * <ul>
 *   <li>acknowledgement: due the profile's period after transmission; unacknowledged, it escalates;</li>
 *   <li>execution (Art 14(3)): due the execution period after receipt (the provider's
 *       acknowledgement); an Annex V notice stops it (the time left is kept) and a clarification
 *       starts the full period again from the clarification (Art 14(5)-(6));</li>
 *   <li>non-disclosure (Art 15(4)): until the period after issue, extendable as often as the profile
 *       allows, by its extension period.</li>
 * </ul>
 * The persistent deadlines that fire these clocks are the deadline service's; the order keeps their
 * ids and the times they show.
 */
@Entity
@Table(name = "removal_orders")
public class RemovalOrder implements AddressedOrder {

    /** The legal basis of the online checks and repeat notices (issue 10 §3). */
    static final String REPEAT_BASIS = "Art 14(1); repeat notices";

    /** At most this many items in one order. */
    public static final int MAX_ITEMS = 1000;

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "reference", nullable = false, updatable = false)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "issuing_member_state", nullable = false, updatable = false)
    private MemberState issuingMemberState;

    @Column(name = "issuing_authority", nullable = false, updatable = false)
    private String issuingAuthority;

    @Column(name = "provider_id", nullable = false, updatable = false)
    private UUID providerId;

    @Column(name = "provider_name", nullable = false, updatable = false)
    private String providerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "addressed_to", nullable = false, updatable = false)
    private Addressee addressedTo;

    @Column(name = "contact_email", nullable = false, updatable = false)
    private String contactEmail;

    @Column(name = "reasons", nullable = false, updatable = false)
    private String reasons;

    @Column(name = "profile_id", nullable = false, updatable = false)
    private String profileId;

    @Column(name = "profile_version", nullable = false, updatable = false)
    private int profileVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private RemovalOrderState state;

    @Column(name = "issued_by", nullable = false, updatable = false)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "transmitted_at")
    private Instant transmittedAt;

    @Column(name = "acknowledgement_due_at")
    private Instant acknowledgementDueAt;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "execution_due_at")
    private Instant executionDueAt;

    @Column(name = "paused_at")
    private Instant pausedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "pause_reason")
    private CannotExecuteReason pauseReason;

    @Column(name = "pause_explanation")
    private String pauseExplanation;

    @Column(name = "remaining_at_pause_ms")
    private Long remainingAtPauseMs;

    @Column(name = "restarted_at")
    private Instant restartedAt;

    @Column(name = "execution_overdue_at")
    private Instant executionOverdueAt;

    @Column(name = "executed_at")
    private Instant executedAt;

    @Column(name = "execution_reported_at")
    private Instant executionReportedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "measure_taken")
    private ExecutionMeasure measureTaken;

    @Column(name = "non_disclosure_until")
    private Instant nonDisclosureUntil;

    @Column(name = "non_disclosure_extensions", nullable = false)
    private int nonDisclosureExtensions;

    @Enumerated(EnumType.STRING)
    @Column(name = "contested_by")
    private Contestant contestedBy;

    @Column(name = "contested_at")
    private Instant contestedAt;

    @Column(name = "court_reference")
    private String courtReference;

    @Enumerated(EnumType.STRING)
    @Column(name = "redress_outcome")
    private RedressOutcome redressOutcome;

    @Column(name = "redress_outcome_at")
    private Instant redressOutcomeAt;

    @Column(name = "acknowledgement_deadline_id")
    private UUID acknowledgementDeadlineId;

    @Column(name = "execution_deadline_id")
    private UUID executionDeadlineId;

    @Column(name = "non_disclosure_deadline_id")
    private UUID nonDisclosureDeadlineId;

    @Column(name = "state_changed_at", nullable = false)
    private Instant stateChangedAt;

    @Column(name = "repeat_notices", nullable = false)
    private int repeatNotices;

    @Column(name = "last_repeat_notice_at")
    private Instant lastRepeatNoticeAt;

    @Column(name = "repeat_notice_deadline_id")
    private UUID repeatNoticeDeadlineId;

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("checkedAt")
    private List<RemovalOrderOnlineCheck> onlineChecks = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "removal_order_items", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    private List<RemovalOrderItem> items = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("occurredAt")
    private List<RemovalOrderStatusChange> history = new ArrayList<>();

    protected RemovalOrder() {
    }

    /**
     * A new order, ISSUED, its history opened with the issue.
     *
     * @param nonDisclosure the non-disclosure period from the profile when the issuing authority
     *                      decided the uploader must not be told (Art 15(4)); null otherwise
     */
    public static RemovalOrder issue(String reference, MemberState issuingMemberState, String issuingAuthority,
                                     ProviderId provider, String providerName, Addressee addressedTo, String contactEmail,
                                     List<RemovalOrderItem> items, String reasons, ProfileRef profile,
                                     LegalPeriod nonDisclosure, String actor, Instant at) {
        if (items == null || items.isEmpty()) {
            throw RuleViolationException.invalid("items", "A removal order names at least one item");
        }
        if (items.size() > MAX_ITEMS) {
            throw RuleViolationException.invalid("items",
                    items.size() + " items in one order; at most " + MAX_ITEMS);
        }
        if (reasons == null || reasons.isBlank()) {
            throw RuleViolationException.invalid("reasons", "A removal order states its reasons");
        }
        RemovalOrder order = new RemovalOrder();
        Instant now = micros(at);
        order.id = UUID.randomUUID();
        order.reference = Objects.requireNonNull(reference, "reference");
        order.issuingMemberState = Objects.requireNonNull(issuingMemberState, "issuingMemberState");
        order.issuingAuthority = Objects.requireNonNull(issuingAuthority, "issuingAuthority");
        order.providerId = provider.value();
        order.providerName = Objects.requireNonNull(providerName, "providerName");
        order.addressedTo = Objects.requireNonNull(addressedTo, "addressedTo");
        order.contactEmail = Objects.requireNonNull(contactEmail, "contactEmail");
        order.items.addAll(items);
        order.reasons = reasons.trim();
        order.profileId = profile.profileId();
        order.profileVersion = profile.version();
        order.state = RemovalOrderLifecycle.INITIAL;
        order.issuedBy = actor;
        order.issuedAt = now;
        order.stateChangedAt = now;
        order.nonDisclosureUntil = nonDisclosure == null ? null : nonDisclosure.after(now);
        order.history.add(new RemovalOrderStatusChange(order, null, RemovalOrderLifecycle.ISSUE, order.state,
                "Art 14(1)-(3), Annex IV", actor, null, now));
        return order;
    }

    /** Transmits the order to the provider; the acknowledgement falls due {@code acknowledgement} later. */
    public void transmit(LegalPeriod acknowledgement, String actor, Instant at) {
        Instant now = micros(at);
        move(RemovalOrderEvent.TRANSMIT, null, actor, now);
        transmittedAt = now;
        acknowledgementDueAt = acknowledgement.after(now);
    }

    /** The provider acknowledges receipt: the execution period starts now (Art 14(3)). */
    public void acknowledge(LegalPeriod execution, String actor, Instant at) {
        Instant now = micros(at);
        move(RemovalOrderEvent.ACKNOWLEDGE, null, actor, now);
        receivedAt = now;
        executionDueAt = execution.after(now);
    }

    /** No acknowledgement within its period: escalated to the issuing authority and the Coordinating Authority. */
    public void escalate(String reason, String actor, Instant at) {
        Instant now = micros(at);
        move(RemovalOrderEvent.ESCALATE, reason, actor, now);
        escalatedAt = now;
    }

    /**
     * An Annex V notice: the execution clock stops, keeping the time left; only a reason the profile
     * lists among {@code pausing} stops it.
     */
    public void declareCannotExecute(CannotExecuteReason reason, String explanation, Set<String> pausing, String actor,
                                     Instant at) {
        Objects.requireNonNull(reason, "reason");
        if (explanation == null || explanation.isBlank()) {
            throw RuleViolationException.invalid("explanation",
                    "An Annex V notice explains why the order cannot be executed");
        }
        if (!pausing.contains(reason.name())) {
            throw RuleViolationException.invalid("reason",
                    reason + " does not stop the execution period under " + profile());
        }
        Instant now = micros(at);
        move(RemovalOrderEvent.DECLARE_CANNOT_EXECUTE, reason + ": " + explanation.trim(), actor, now);
        pausedAt = now;
        pauseReason = reason;
        pauseExplanation = explanation.trim();
        Duration left = Duration.between(now, executionDueAt);
        remainingAtPauseMs = left.isNegative() ? 0 : left.toMillis();
        executionDueAt = null;
    }

    /** The issuing authority clarifies (or confirms the reasons ceased): the full execution period runs again from now. */
    public void clarify(String clarification, LegalPeriod execution, String actor, Instant at) {
        if (clarification == null || clarification.isBlank()) {
            throw RuleViolationException.invalid("clarification", "A clarification has a text");
        }
        Instant now = micros(at);
        move(RemovalOrderEvent.CLARIFY, clarification.trim(), actor, now);
        restartedAt = now;
        executionDueAt = execution.after(now);
        pausedAt = null;
        remainingAtPauseMs = null;
        executionOverdueAt = null;
    }

    /**
     * Annex VI: the provider removed the items or disabled access to them at {@code executedAt}, which
     * lies between the receipt and now.
     */
    public void reportExecution(ExecutionMeasure measure, Instant executedAt, String actor, Instant at) {
        Objects.requireNonNull(measure, "measure");
        Instant now = micros(at);
        Instant when = executedAt == null ? now : micros(executedAt);
        if (state == RemovalOrderState.RECEIVED && (when.isBefore(receivedAt) || when.isAfter(now))) {
            throw RuleViolationException.invalid("executedAt",
                    "The execution time lies between the receipt (" + receivedAt + ") and now");
        }
        move(RemovalOrderEvent.REPORT_EXECUTION, measure.name(), actor, now);
        this.executedAt = when;
        this.executionReportedAt = now;
        this.measureTaken = measure;
    }

    /** The execution period ran out without an execution report; recorded once, no change of state. */
    public boolean markExecutionOverdue(Instant at) {
        if (state != RemovalOrderState.RECEIVED || executionOverdueAt != null) {
            return false;
        }
        executionOverdueAt = micros(at);
        return true;
    }

    /** The order is contested before the courts of the issuing Member State (Art 15(1)). */
    public void contest(Contestant by, String courtReference, String actor, Instant at) {
        Objects.requireNonNull(by, "by");
        if (courtReference == null || courtReference.isBlank()) {
            throw RuleViolationException.invalid("courtReference", "The court's case reference is required");
        }
        Instant now = micros(at);
        move(RemovalOrderEvent.CONTEST, by + " before " + courtReference.trim(), actor, now);
        contestedBy = by;
        contestedAt = now;
        this.courtReference = courtReference.trim();
    }

    /** The court decided on the contested order; the case closes. */
    public void recordOutcome(RedressOutcome outcome, String note, String actor, Instant at) {
        Objects.requireNonNull(outcome, "outcome");
        Instant now = micros(at);
        move(RemovalOrderEvent.RECORD_OUTCOME, note == null || note.isBlank() ? outcome.name() : outcome + ": " + note.trim(),
                actor, now);
        redressOutcome = outcome;
        redressOutcomeAt = now;
    }

    /** Closes an executed order, or withdraws one not yet executed. */
    public void close(RemovalOrderEvent event, String reason, String actor, Instant at) {
        if (event != RemovalOrderEvent.CLOSE && event != RemovalOrderEvent.WITHDRAW) {
            throw new IllegalArgumentException(event + " is not a closing event");
        }
        if (event == RemovalOrderEvent.WITHDRAW && (reason == null || reason.isBlank())) {
            throw RuleViolationException.invalid("reason", "A withdrawal has a reason");
        }
        move(event, reason == null || reason.isBlank() ? null : reason.trim(), actor, micros(at));
        if (event == RemovalOrderEvent.WITHDRAW) {
            executionDueAt = null;
        }
    }

    /**
     * Extends non-disclosure by {@code by} after its current end, if fewer than {@code allowed}
     * extensions were granted, while it still runs (Art 15(4)); written as a history row.
     */
    public void extendNonDisclosure(LegalPeriod by, int allowed, String reason, String actor, Instant at) {
        Instant now = micros(at);
        if (nonDisclosureUntil == null) {
            throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, null,
                    "This order has no non-disclosure period to extend");
        }
        if (!now.isBefore(nonDisclosureUntil)) {
            throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, null,
                    "Non-disclosure ended at " + nonDisclosureUntil + "; it can no longer be extended");
        }
        if (nonDisclosureExtensions >= allowed) {
            throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, null,
                    "Non-disclosure was already extended " + nonDisclosureExtensions + " time(s); " + profile() + " allows "
                            + allowed);
        }
        if (reason == null || reason.isBlank()) {
            throw RuleViolationException.invalid("reason", "An extension has a reason");
        }
        nonDisclosureUntil = by.after(nonDisclosureUntil);
        nonDisclosureExtensions++;
        history.add(new RemovalOrderStatusChange(this, state, RemovalOrderLifecycle.EXTEND_NON_DISCLOSURE, state,
                "Art 15(4), second subparagraph", actor, reason.trim(), now));
    }

    /**
     * Records whether item {@code item} (its position, from 0) was still online at {@code checkedAt}
     * (null: now), as an EU Centre reviewer or the issuing authority found it (issue 10 §3); only
     * once the order was executed or its execution period ran out, and before it closed. Written as
     * a history row; the state does not change.
     */
    public void recordOnlineCheck(int item, boolean stillOnline, Instant checkedAt, String actor, Instant at) {
        Instant now = micros(at);
        if (!repeatNoticesApply()) {
            throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, null,
                    "Items are checked once the order was executed or its execution period ran out, until it closes");
        }
        if (item < 0 || item >= items.size()) {
            throw RuleViolationException.invalid("item",
                    "This order names items 0 to " + (items.size() - 1));
        }
        Instant when = checkedAt == null ? now : micros(checkedAt);
        if (when.isBefore(issuedAt) || when.isAfter(now)) {
            throw RuleViolationException.invalid("checkedAt",
                    "The check lies between the issue (" + issuedAt + ") and now");
        }
        onlineChecks.add(new RemovalOrderOnlineCheck(this, item, stillOnline, when, actor, now));
        history.add(new RemovalOrderStatusChange(this, state, RemovalOrderLifecycle.ONLINE_CHECK, state, REPEAT_BASIS, actor,
                "item " + item + (stillOnline ? " still online at " : " no longer online at ") + when, now));
    }

    /** The items (positions) whose latest check found them still online. */
    public List<Integer> itemsStillOnline() {
        Map<Integer, RemovalOrderOnlineCheck> latest = new TreeMap<>();
        for (RemovalOrderOnlineCheck check : onlineChecks) {
            latest.merge(check.item(), check, (a, b) -> b.checkedAt().isBefore(a.checkedAt()) ? a : b);
        }
        return latest.values().stream().filter(RemovalOrderOnlineCheck::stillOnline).map(RemovalOrderOnlineCheck::item).toList();
    }

    /**
     * Sends the provider a repeat notice (a history row it reads in its order) when an item is still
     * online by its latest check and the order is executed or overdue and not closed. The state and
     * the time to removal do not change.
     *
     * @return whether a notice was sent
     */
    public boolean sendRepeatNotice(String actor, Instant at) {
        List<Integer> online = itemsStillOnline();
        if (!repeatNoticesApply() || online.isEmpty()) {
            return false;
        }
        Instant now = micros(at);
        repeatNotices++;
        lastRepeatNoticeAt = now;
        history.add(new RemovalOrderStatusChange(this, state, RemovalOrderLifecycle.REPEAT_NOTICE, state, REPEAT_BASIS, actor,
                "notice " + repeatNotices + ": item(s) " + online + " still online", now));
        return true;
    }

    private boolean repeatNoticesApply() {
        return (executedAt != null || executionOverdueAt != null) && state != RemovalOrderState.CLOSED;
    }

    /** The pending repeat-notice deadline, if one is scheduled. */
    public Optional<UUID> repeatNoticeDeadline() {
        return Optional.ofNullable(repeatNoticeDeadlineId);
    }

    /** Sets (or, with null, clears) the pending repeat-notice deadline. */
    public void repeatNoticeDeadline(UUID deadline) {
        repeatNoticeDeadlineId = deadline;
    }

    public int repeatNotices() {
        return repeatNotices;
    }

    public Instant lastRepeatNoticeAt() {
        return lastRepeatNoticeAt;
    }

    public List<RemovalOrderOnlineCheck> onlineChecks() {
        return Collections.unmodifiableList(onlineChecks);
    }

    /** Whether the provider must still not tell the uploader (Art 15(4)). */
    public boolean nonDisclosureRunsAt(Instant at) {
        return nonDisclosureUntil != null && at.isBefore(nonDisclosureUntil);
    }

    /** Receipt to execution, as reported; empty until executed. */
    public Optional<Duration> timeToRemoval() {
        return executedAt == null || receivedAt == null ? Optional.empty() : Optional.of(Duration.between(receivedAt, executedAt));
    }

    private void move(RemovalOrderEvent event, String reason, String actor, Instant at) {
        RemovalOrderState from = state;
        RemovalOrderState to = RemovalOrderLifecycle.TABLE.next(from, event);
        state = to;
        stateChangedAt = at;
        history.add(new RemovalOrderStatusChange(this, from, event.name(), to, event.legalBasis(), actor, reason, at));
    }

    private static Instant micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    public void deadlines(UUID acknowledgement, UUID execution, UUID nonDisclosure) {
        if (acknowledgement != null) {
            acknowledgementDeadlineId = acknowledgement;
        }
        if (execution != null) {
            executionDeadlineId = execution;
        }
        if (nonDisclosure != null) {
            nonDisclosureDeadlineId = nonDisclosure;
        }
    }

    public Set<RemovalOrderEvent> possibleEvents() {
        return RemovalOrderLifecycle.TABLE.eventsFrom(state);
    }

    public RemovalOrderId id() {
        return new RemovalOrderId(id);
    }

    public long version() {
        return version;
    }

    public String reference() {
        return reference;
    }

    public MemberState issuingMemberState() {
        return issuingMemberState;
    }

    public String issuingAuthority() {
        return issuingAuthority;
    }

    public ProviderId providerId() {
        return new ProviderId(providerId);
    }

    public String providerName() {
        return providerName;
    }

    public Addressee addressedTo() {
        return addressedTo;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String reasons() {
        return reasons;
    }

    public ProfileRef profile() {
        return new ProfileRef(profileId, profileVersion);
    }

    public RemovalOrderState state() {
        return state;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant transmittedAt() {
        return transmittedAt;
    }

    public Instant acknowledgementDueAt() {
        return acknowledgementDueAt;
    }

    public Instant escalatedAt() {
        return escalatedAt;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    /** When execution is due; null before receipt and while paused. */
    public Instant executionDueAt() {
        return executionDueAt;
    }

    public Instant pausedAt() {
        return pausedAt;
    }

    public CannotExecuteReason pauseReason() {
        return pauseReason;
    }

    public String pauseExplanation() {
        return pauseExplanation;
    }

    /** While paused: the time the execution period had left when it stopped. */
    public Optional<Duration> remainingAtPause() {
        return Optional.ofNullable(remainingAtPauseMs).map(Duration::ofMillis);
    }

    public Instant restartedAt() {
        return restartedAt;
    }

    public Instant executionOverdueAt() {
        return executionOverdueAt;
    }

    public Instant executedAt() {
        return executedAt;
    }

    public Instant executionReportedAt() {
        return executionReportedAt;
    }

    public ExecutionMeasure measureTaken() {
        return measureTaken;
    }

    public Instant nonDisclosureUntil() {
        return nonDisclosureUntil;
    }

    public int nonDisclosureExtensions() {
        return nonDisclosureExtensions;
    }

    public Contestant contestedBy() {
        return contestedBy;
    }

    public Instant contestedAt() {
        return contestedAt;
    }

    public String courtReference() {
        return courtReference;
    }

    public RedressOutcome redressOutcome() {
        return redressOutcome;
    }

    public Instant redressOutcomeAt() {
        return redressOutcomeAt;
    }

    public Optional<UUID> acknowledgementDeadline() {
        return Optional.ofNullable(acknowledgementDeadlineId);
    }

    public Optional<UUID> executionDeadline() {
        return Optional.ofNullable(executionDeadlineId);
    }

    public Optional<UUID> nonDisclosureDeadline() {
        return Optional.ofNullable(nonDisclosureDeadlineId);
    }

    public Instant stateChangedAt() {
        return stateChangedAt;
    }

    public List<RemovalOrderItem> items() {
        return Collections.unmodifiableList(items);
    }

    public List<RemovalOrderStatusChange> history() {
        return Collections.unmodifiableList(history);
    }
}
