package eu.csar.orders.domain;

import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileRef;
import eu.csar.orders.api.Addressee;
import eu.csar.orders.api.ReassessmentOutcome;
import eu.csar.orders.api.ReassessmentRequester;
import eu.csar.orders.api.UrlListOrderId;
import eu.csar.orders.api.UrlListOrderState;
import eu.csar.orders.api.UrlListOrderType;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.TransitionTable;
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

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An order naming entries of the EU Centre's URL list: a blocking order (Art 16-18 of COM(2022) 209)
 * to an internet access provider, or a delisting order (Council general approach 2025) to a search
 * engine, issued by the issuing authority of a Member State with a statement of reasons, under the
 * legal profile version pinned at issue. Its state moves only as its kind's table allows
 * ({@link BlockingOrderLifecycle}, {@link DelistingOrderLifecycle}), each move a
 * {@link UrlListOrderStatusChange}. A blocking order also carries the notice its users see, a period
 * of application of at most the profile's maximum (Art 16(6)) after which it expires, and the due
 * time of its next periodic reassessment; the provider or a user may ask for a blocked URL to be
 * reassessed as mistaken, and the issuing authority answers (the entry upheld, or lifted). Every
 * period is given by the caller from the pinned profile, never a literal here.
 */
@Entity
@Table(name = "url_list_orders")
public class UrlListOrder implements AddressedOrder {

    /** At most this many entries in one order. */
    public static final int MAX_ENTRIES = 1000;

    @Id
    private UUID id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "order_type", nullable = false, updatable = false)
    private UrlListOrderType type;

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

    @Column(name = "user_notice", updatable = false)
    private String userNotice;

    @Column(name = "profile_id", nullable = false, updatable = false)
    private String profileId;

    @Column(name = "profile_version", nullable = false, updatable = false)
    private int profileVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private UrlListOrderState state;

    @Column(name = "issued_by", nullable = false, updatable = false)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "period_of_application", updatable = false)
    private String periodOfApplication;

    @Column(name = "ends_at", updatable = false)
    private Instant endsAt;

    @Column(name = "transmitted_at")
    private Instant transmittedAt;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "executed_at")
    private Instant executedAt;

    @Column(name = "execution_reported_at")
    private Instant executionReportedAt;

    @Column(name = "reassessment_due_at")
    private Instant reassessmentDueAt;

    @Column(name = "reassessment_overdue_at")
    private Instant reassessmentOverdueAt;

    @Column(name = "last_reassessed_at")
    private Instant lastReassessedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "expired_at")
    private Instant expiredAt;

    @Column(name = "reassessment_deadline_id")
    private UUID reassessmentDeadlineId;

    @Column(name = "expiry_deadline_id")
    private UUID expiryDeadlineId;

    @Column(name = "state_changed_at", nullable = false)
    private Instant stateChangedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "url_list_order_entries", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    private List<UrlListEntry> entries = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("requestedAt")
    private List<ReassessmentRequest> reassessmentRequests = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("occurredAt")
    private List<UrlListOrderStatusChange> history = new ArrayList<>();

    protected UrlListOrder() {
    }

    /** What a blocking order adds to the common fields: the users' notice, its period and the reassessment interval. */
    public record Blocking(String userNotice, LegalPeriod periodOfApplication, LegalPeriod maximum,
                           LegalPeriod reassessmentInterval) {
    }

    /**
     * A new order, ISSUED, its history opened with the issue.
     *
     * @param blocking the blocking order's own fields; null for a delisting order (and required for a blocking one)
     */
    public static UrlListOrder issue(UrlListOrderType type, String reference, MemberState issuingMemberState,
                                     String issuingAuthority, ProviderId provider, String providerName,
                                     Addressee addressedTo, String contactEmail, List<UrlListEntry> entries,
                                     String reasons, Blocking blocking, ProfileRef profile, String actor, Instant at) {
        Objects.requireNonNull(type, "type");
        if (entries == null || entries.isEmpty()) {
            throw RuleViolationException.invalid("entries",
                    "A " + type.label() + " names at least one entry of the URL list");
        }
        if (entries.size() > MAX_ENTRIES) {
            throw RuleViolationException.invalid("entries",
                    entries.size() + " entries in one order; at most " + MAX_ENTRIES);
        }
        Set<UUID> seen = new HashSet<>();
        for (UrlListEntry entry : entries) {
            if (!seen.add(entry.indicatorId())) {
                throw RuleViolationException.invalid("entries",
                        "The entry " + entry.indicatorId() + " is named twice");
            }
        }
        if (reasons == null || reasons.isBlank()) {
            throw RuleViolationException.invalid("reasons",
                    "A " + type.label() + " states its reasons");
        }
        Instant now = micros(at);
        UrlListOrder order = new UrlListOrder();
        if (type == UrlListOrderType.BLOCKING) {
            if (blocking == null) {
                throw new IllegalArgumentException("a blocking order has a notice, a period and a reassessment interval");
            }
            if (blocking.userNotice() == null || blocking.userNotice().isBlank()) {
                throw RuleViolationException.invalid("userNotice",
                        "A blocking order gives the notice its users see");
            }
            Instant ends = blocking.periodOfApplication().after(now);
            if (ends.isAfter(blocking.maximum().after(now))) {
                throw RuleViolationException.invalid("periodOfApplication",
                        blocking.periodOfApplication() + " is longer than the " + blocking.maximum() + " " + profile
                                + " allows (Art 16(6))");
            }
            order.userNotice = blocking.userNotice().trim();
            order.periodOfApplication = blocking.periodOfApplication().iso();
            order.endsAt = ends;
            Instant reassess = blocking.reassessmentInterval().after(now);
            order.reassessmentDueAt = reassess.isBefore(ends) ? reassess : null;
        } else if (blocking != null) {
            throw new IllegalArgumentException("a delisting order has no blocking fields");
        }
        order.id = UUID.randomUUID();
        order.type = type;
        order.reference = Objects.requireNonNull(reference, "reference");
        order.issuingMemberState = Objects.requireNonNull(issuingMemberState, "issuingMemberState");
        order.issuingAuthority = Objects.requireNonNull(issuingAuthority, "issuingAuthority");
        order.providerId = provider.value();
        order.providerName = Objects.requireNonNull(providerName, "providerName");
        order.addressedTo = Objects.requireNonNull(addressedTo, "addressedTo");
        order.contactEmail = Objects.requireNonNull(contactEmail, "contactEmail");
        order.entries.addAll(entries);
        order.reasons = reasons.trim();
        order.profileId = profile.profileId();
        order.profileVersion = profile.version();
        order.state = UrlListOrderState.ISSUED;
        order.issuedBy = actor;
        order.issuedAt = now;
        order.stateChangedAt = now;
        order.history.add(new UrlListOrderStatusChange(order, null, UrlListOrderLifecycles.ISSUE, order.state,
                type == UrlListOrderType.BLOCKING ? "Art 16(1), Art 17(1), Annex VII" : UrlListOrderEvent.DELISTING_BASIS,
                actor, null, now));
        return order;
    }

    /** The order reaches the provider over the platform. */
    public void transmit(String actor, Instant at) {
        Instant now = micros(at);
        move(UrlListOrderEvent.TRANSMIT, null, actor, now);
        transmittedAt = now;
    }

    /** The provider acknowledges receipt. */
    public void acknowledge(String actor, Instant at) {
        Instant now = micros(at);
        move(UrlListOrderEvent.ACKNOWLEDGE, null, actor, now);
        receivedAt = now;
    }

    /** The provider reports the URLs blocked (or delisted) at {@code executedAt}, between the receipt and now. */
    public void reportExecution(Instant executedAt, String actor, Instant at) {
        Instant now = micros(at);
        Instant when = executedAt == null ? now : micros(executedAt);
        if (state == UrlListOrderState.RECEIVED && (when.isBefore(receivedAt) || when.isAfter(now))) {
            throw RuleViolationException.invalid("executedAt",
                    "The execution time lies between the receipt (" + receivedAt + ") and now");
        }
        move(UrlListOrderEvent.REPORT_EXECUTION, null, actor, now);
        this.executedAt = when;
        this.executionReportedAt = now;
    }

    /**
     * The issuer's periodic reassessment: the grounds still hold; the next one falls due
     * {@code interval} from now (none past the end of the period of application).
     */
    public void reassess(String finding, LegalPeriod interval, String actor, Instant at) {
        if (finding == null || finding.isBlank()) {
            throw RuleViolationException.invalid("text", "A reassessment states its finding");
        }
        Instant now = micros(at);
        move(UrlListOrderEvent.REASSESS, finding.trim(), actor, now);
        lastReassessedAt = now;
        reassessmentOverdueAt = null;
        Instant next = interval.after(now);
        reassessmentDueAt = endsAt != null && next.isBefore(endsAt) ? next : null;
    }

    /** The periodic reassessment fell due without one; recorded once, no change of state. */
    public boolean markReassessmentOverdue(Instant at) {
        if (reassessmentOverdueAt != null || !BlockingOrderLifecycle.TABLE.permits(state, UrlListOrderEvent.REASSESS)
                || type != UrlListOrderType.BLOCKING) {
            return false;
        }
        reassessmentOverdueAt = micros(at);
        return true;
    }

    /** The provider or a user asks for the blocked URL of one entry to be reassessed as mistaken (Art 18). */
    public ReassessmentRequest requestReassessment(UUID indicatorId, ReassessmentRequester by, String reason, String actor,
                                                   Instant at) {
        Objects.requireNonNull(by, "by");
        if (reason == null || reason.isBlank()) {
            throw RuleViolationException.invalid("reason", "A reassessment request has a reason");
        }
        UrlListEntry entry = entry(indicatorId);
        if (entry.liftedAt() != null) {
            throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, "entryId",
                    "The entry " + indicatorId + " was already lifted from this order");
        }
        Instant now = micros(at);
        move(UrlListOrderEvent.REQUEST_REASSESSMENT, by + " on " + indicatorId + ": " + reason.trim(), actor, now);
        ReassessmentRequest request = new ReassessmentRequest(this, indicatorId, by, reason.trim(), actor, now);
        reassessmentRequests.add(request);
        return request;
    }

    /** The issuing authority answers an open request: the entry stays (UPHELD) or is lifted from the order (LIFTED). */
    public void answerReassessment(UUID requestId, ReassessmentOutcome outcome, String answer, String actor, Instant at) {
        Objects.requireNonNull(outcome, "outcome");
        if (answer == null || answer.isBlank()) {
            throw RuleViolationException.invalid("answer", "An answer states its reasons");
        }
        ReassessmentRequest request = reassessmentRequests.stream().filter(r -> r.id().equals(requestId)).findFirst()
                .orElseThrow(() -> RuleViolationException.invalid("requestId",
                        "This order has no reassessment request " + requestId));
        if (!request.open()) {
            throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, "requestId",
                    "The request " + requestId + " was answered at " + request.answeredAt());
        }
        Instant now = micros(at);
        move(UrlListOrderEvent.ANSWER_REASSESSMENT, outcome + " on " + request.indicatorId() + ": " + answer.trim(), actor, now);
        request.answer(outcome, answer.trim(), actor, now);
        if (outcome == ReassessmentOutcome.LIFTED) {
            entry(request.indicatorId()).lift(now);
        }
    }

    /** The issuing authority revokes the order, with a reason. */
    public void revoke(String reason, String actor, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw RuleViolationException.invalid("text", "A revocation has a reason");
        }
        Instant now = micros(at);
        move(UrlListOrderEvent.REVOKE, reason.trim(), actor, now);
        revokedAt = now;
        reassessmentDueAt = null;
    }

    /** The period of application ended (Art 16(6)). */
    public void expire(String actor, Instant at) {
        Instant now = micros(at);
        move(UrlListOrderEvent.EXPIRE, "period of application " + periodOfApplication + " ended " + endsAt, actor, now);
        expiredAt = now;
        reassessmentDueAt = null;
    }

    private UrlListEntry entry(UUID indicatorId) {
        return entries.stream().filter(e -> e.indicatorId().equals(indicatorId)).findFirst()
                .orElseThrow(() -> RuleViolationException.invalid("entryId",
                        "This order names no entry " + indicatorId));
    }

    private void move(UrlListOrderEvent event, String reason, String actor, Instant at) {
        UrlListOrderState from = state;
        UrlListOrderState to = table().next(from, event);
        state = to;
        stateChangedAt = at;
        history.add(new UrlListOrderStatusChange(this, from, event.name(), to, event.legalBasis(type), actor,
                reason == null || reason.length() <= 500 ? reason : reason.substring(0, 499) + "…", at));
    }

    /** The transition table of this order's kind. */
    public TransitionTable<UrlListOrderState, UrlListOrderEvent> table() {
        return UrlListOrderLifecycles.of(type);
    }

    private static Instant micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    public void deadlines(UUID reassessment, UUID expiry) {
        if (reassessment != null) {
            reassessmentDeadlineId = reassessment;
        }
        if (expiry != null) {
            expiryDeadlineId = expiry;
        }
    }

    public Set<UrlListOrderEvent> possibleEvents() {
        return table().eventsFrom(state);
    }

    public UrlListOrderId id() {
        return new UrlListOrderId(id);
    }

    public long version() {
        return version;
    }

    public UrlListOrderType type() {
        return type;
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

    /** Blocking orders: the notice users see when they reach a blocked URL; null for delisting. */
    public String userNotice() {
        return userNotice;
    }

    public ProfileRef profile() {
        return new ProfileRef(profileId, profileVersion);
    }

    public UrlListOrderState state() {
        return state;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    /** Blocking orders: the period of application as ISO 8601 (e.g. {@code P2Y}); null for delisting. */
    public String periodOfApplication() {
        return periodOfApplication;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public Instant transmittedAt() {
        return transmittedAt;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant executedAt() {
        return executedAt;
    }

    public Instant executionReportedAt() {
        return executionReportedAt;
    }

    public Instant reassessmentDueAt() {
        return reassessmentDueAt;
    }

    public Instant reassessmentOverdueAt() {
        return reassessmentOverdueAt;
    }

    public Instant lastReassessedAt() {
        return lastReassessedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public Instant expiredAt() {
        return expiredAt;
    }

    public Optional<UUID> reassessmentDeadline() {
        return Optional.ofNullable(reassessmentDeadlineId);
    }

    public Optional<UUID> expiryDeadline() {
        return Optional.ofNullable(expiryDeadlineId);
    }

    public Instant stateChangedAt() {
        return stateChangedAt;
    }

    public List<UrlListEntry> entries() {
        return Collections.unmodifiableList(entries);
    }

    public List<ReassessmentRequest> reassessmentRequests() {
        return Collections.unmodifiableList(reassessmentRequests);
    }

    public List<UrlListOrderStatusChange> history() {
        return Collections.unmodifiableList(history);
    }
}
