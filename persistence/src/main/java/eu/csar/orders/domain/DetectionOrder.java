package eu.csar.orders.domain;

import eu.csar.indicators.api.GrantId;
import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileRef;
import eu.csar.orders.api.Addressee;
import eu.csar.orders.api.DetectionOrderId;
import eu.csar.risk.api.RiskAssessmentId;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.RuleViolationException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A detection order (Art 7-11 of COM(2022) 209), from the Coordinating Authority of establishment's
 * draft request to its end: the provider it is addressed to (its point of contact or legal
 * representative, from the registry) and the service or part of it, the detection type, the indicator
 * sets it names, its duration, the safeguards, the detection technology it uses (a reference), the
 * consultation (the provider's comments within the period the Coordinating Authority set, the EU
 * Centre's opinion within the profile's period), the adjusted draft, the provider's implementation
 * plan (for grooming with the DPIA and the data-protection authority's opinion), the issuing
 * authority's decision with its reasons and the start date, the receipt, and the dates that follow
 * from it. Its jurisdiction is the Member State of the Coordinating Authority of establishment; its
 * legal profile version is pinned when it is drafted. Its state moves only as
 * {@link DetectionOrderLifecycle} allows, each move a {@link DetectionOrderStatusChange}; every rule
 * with a period is checked by {@link DetectionOrderProfile}, {@link DetectionOrderConsultation} and
 * {@link DetectionOrderSchedule} from the pinned profile, never from a literal here.
 */
@Entity
@Table(name = "detection_orders")
public class DetectionOrder {

    /** The event name of the first history row, written when the request is drafted. */
    public static final String DRAFT = "DRAFT";

    /** The event name of the first history row of an order that replaces a modified one. */
    public static final String MODIFICATION = "MODIFICATION";

    /** The safeguard codes of the profile's {@code detection-order.grooming-extra-steps} that this order records. */
    public static final String DPIA_STEP = "DATA_PROTECTION_IMPACT_ASSESSMENT";
    public static final String DPA_STEP = "DATA_PROTECTION_AUTHORITY_CONSULTATION";

    /** At most this many indicator sets in one order. */
    public static final int MAX_SETS = 50;

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "reference", nullable = false, updatable = false)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_state", nullable = false, updatable = false)
    private MemberState memberState;

    @Column(name = "provider_id", nullable = false, updatable = false)
    private UUID providerId;

    @Column(name = "provider_name", nullable = false, updatable = false)
    private String providerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "addressed_to", nullable = false, updatable = false)
    private Addressee addressedTo;

    @Column(name = "contact_email", nullable = false, updatable = false)
    private String contactEmail;

    @Column(name = "service", nullable = false, updatable = false)
    private String service;

    @Enumerated(EnumType.STRING)
    @Column(name = "detection_type", nullable = false, updatable = false)
    private DetectionOrderType detectionType;

    @Column(name = "duration", nullable = false, updatable = false)
    private String duration;

    @Column(name = "safeguards", nullable = false, updatable = false)
    private String safeguards;

    @Column(name = "technology_reference", nullable = false, updatable = false)
    private String technologyReference;

    @Column(name = "reasons", nullable = false, updatable = false)
    private String reasons;

    @Column(name = "profile_id", nullable = false, updatable = false)
    private String profileId;

    @Column(name = "profile_version", nullable = false, updatable = false)
    private int profileVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private DetectionOrderState state;

    @Column(name = "drafted_by", nullable = false, updatable = false)
    private String draftedBy;

    @Column(name = "drafted_at", nullable = false, updatable = false)
    private Instant draftedAt;

    @Column(name = "comment_period")
    private String commentPeriod;

    @Column(name = "consultation_sent_at")
    private Instant consultationSentAt;

    @Column(name = "comments_due_at")
    private Instant commentsDueAt;

    @Column(name = "opinion_due_at")
    private Instant opinionDueAt;

    @Column(name = "provider_comments")
    private String providerComments;

    @Column(name = "comments_at")
    private Instant commentsAt;

    @Column(name = "centre_opinion")
    private String centreOpinion;

    @Column(name = "opinion_at")
    private Instant opinionAt;

    @Column(name = "adjustments")
    private String adjustments;

    @Column(name = "adjusted_at")
    private Instant adjustedAt;

    @Column(name = "implementation_plan")
    private String implementationPlan;

    @Column(name = "plan_at")
    private Instant planAt;

    @Column(name = "dpia")
    private String dpia;

    @Column(name = "dpia_at")
    private Instant dpiaAt;

    @Column(name = "dpa_opinion")
    private String dpaOpinion;

    @Column(name = "dpa_opinion_at")
    private Instant dpaOpinionAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "issuing_authority")
    private String issuingAuthority;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reasons")
    private String decisionReasons;

    @Column(name = "start_at")
    private Instant startAt;

    @Column(name = "end_at")
    private Instant endAt;

    @Column(name = "transmitted_at")
    private Instant transmittedAt;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "appeal_window_closes_at")
    private Instant appealWindowClosesAt;

    @Column(name = "final_at")
    private Instant finalAt;

    @Column(name = "in_force_at")
    private Instant inForceAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "opinion_deadline_id")
    private UUID opinionDeadlineId;

    @Column(name = "appeal_deadline_id")
    private UUID appealDeadlineId;

    @Column(name = "start_deadline_id")
    private UUID startDeadlineId;

    @Column(name = "end_deadline_id")
    private UUID endDeadlineId;

    @Column(name = "state_changed_at", nullable = false)
    private Instant stateChangedAt;

    @Column(name = "replaces_id", updatable = false)
    private UUID replacesId;

    @Column(name = "replaced_by_id")
    private UUID replacedById;

    @Column(name = "risk_assessment_id", updatable = false)
    private UUID riskAssessmentId;

    @Embedded
    private DetectionOrderExecution execution = DetectionOrderExecution.none();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "detection_order_indicator_sets", joinColumns = @JoinColumn(name = "order_id"))
    @Column(name = "set_id", nullable = false)
    private Set<UUID> indicatorSets = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "detection_order_grants", joinColumns = @JoinColumn(name = "order_id"))
    @Column(name = "grant_id", nullable = false)
    private Set<UUID> grants = new LinkedHashSet<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("occurredAt")
    private List<DetectionOrderStatusChange> history = new ArrayList<>();

    protected DetectionOrder() {
    }

    /**
     * A new draft request of the Coordinating Authority of establishment (Art 7(2)), DRAFTED, its
     * history opened. The profile must provide detection orders of {@code type}, and the duration may
     * not exceed the type's maximum (checked again with the real start when the order is issued).
     * {@code basedOn} is the provider's risk assessment the request starts from, or null; the caller has
     * checked that it is this provider's.
     */
    public static DetectionOrder draft(String reference, MemberState memberState, ProviderId provider, String providerName,
                                       Addressee addressedTo, String contactEmail, String service, DetectionOrderType type,
                                       Set<IndicatorSetId> sets, LegalPeriod duration, String safeguards,
                                       String technologyReference, String reasons, RiskAssessmentId basedOn,
                                       DetectionOrderProfile rules, String actor, Instant at) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(duration, "duration");
        checkSets(sets);
        Instant now = micros(at);
        DetectionOrderSchedule.checkTerms(rules, type, now, duration.after(now));
        DetectionOrder order = new DetectionOrder();
        order.id = UUID.randomUUID();
        order.reference = required(reference, "reference");
        order.memberState = Objects.requireNonNull(memberState, "memberState");
        order.providerId = provider.value();
        order.providerName = Objects.requireNonNull(providerName, "providerName");
        order.addressedTo = Objects.requireNonNull(addressedTo, "addressedTo");
        order.contactEmail = Objects.requireNonNull(contactEmail, "contactEmail");
        order.service = required(service, "service");
        order.detectionType = type;
        order.duration = duration.iso();
        order.safeguards = required(safeguards, "safeguards");
        order.technologyReference = required(technologyReference, "technologyReference");
        order.reasons = required(reasons, "reasons");
        order.riskAssessmentId = basedOn == null ? null : basedOn.value();
        order.profileId = rules.ref().profileId();
        order.profileVersion = rules.ref().version();
        sets.forEach(s -> order.indicatorSets.add(s.value()));
        order.state = DetectionOrderLifecycle.INITIAL;
        order.draftedBy = actor;
        order.draftedAt = now;
        order.stateChangedAt = now;
        order.history.add(new DetectionOrderStatusChange(order, null, DRAFT, order.state, "Art 7(2)", actor, null, now));
        return order;
    }

    private static void checkSets(Set<IndicatorSetId> sets) {
        if (sets == null || sets.isEmpty()) {
            throw RuleViolationException.invalid("indicatorSets",
                    "A detection order names at least one indicator set (Art 7(1))");
        }
        if (sets.size() > MAX_SETS) {
            throw RuleViolationException.invalid("indicatorSets",
                    sets.size() + " indicator sets in one order; at most " + MAX_SETS);
        }
    }

    /**
     * The order that replaces {@code old} when the issuing authority modifies it at the Coordinating
     * Authority's request (Art 9(4)): the same provider, service, type, technology and start, with the
     * indicator sets, duration and safeguards of the modification, ISSUED with the authority's reasons.
     * Its history opens with the modification. The duration is checked against the type's maximum from
     * the original start; {@code old} must be one the workflow lets be modified (checked by {@link #modify}).
     */
    public static DetectionOrder modificationOf(DetectionOrder old, Set<IndicatorSetId> sets, LegalPeriod duration,
                                                String safeguards, String authority, String why, DetectionOrderProfile rules,
                                                String actor, Instant at) {
        Objects.requireNonNull(duration, "duration");
        checkSets(sets);
        DetectionOrderLifecycle.TABLE.next(old.state, DetectionOrderEvent.MODIFY);
        Instant now = micros(at);
        DetectionOrderSchedule.checkTerms(rules, old.detectionType, old.startAt, duration.after(old.startAt));
        DetectionOrder order = new DetectionOrder();
        order.id = UUID.randomUUID();
        order.reference = old.reference;
        order.memberState = old.memberState;
        order.providerId = old.providerId;
        order.providerName = old.providerName;
        order.addressedTo = old.addressedTo;
        order.contactEmail = old.contactEmail;
        order.service = old.service;
        order.detectionType = old.detectionType;
        order.duration = duration.iso();
        order.safeguards = required(safeguards, "safeguards");
        order.technologyReference = old.technologyReference;
        order.reasons = old.reasons;
        order.riskAssessmentId = old.riskAssessmentId;
        order.profileId = old.profileId;
        order.profileVersion = old.profileVersion;
        sets.forEach(s -> order.indicatorSets.add(s.value()));
        order.draftedBy = old.draftedBy;
        order.draftedAt = old.draftedAt;
        order.consultationSentAt = old.consultationSentAt;
        order.submittedAt = old.submittedAt;
        order.issuingAuthority = required(authority, "issuingAuthority");
        order.decidedBy = actor;
        order.decidedAt = now;
        order.decisionReasons = required(why, "reasons");
        order.startAt = old.startAt;
        order.endAt = duration.after(old.startAt);
        order.replacesId = old.id;
        order.state = DetectionOrderState.ISSUED;
        order.stateChangedAt = now;
        order.history.add(new DetectionOrderStatusChange(order, null, MODIFICATION, order.state, legalBasis(DetectionOrderEvent.MODIFY),
                actor, cut("modifies the order " + old.id + ": " + why.trim()), now));
        return order;
    }

    /** The issuing authority modified the order (Art 9(4)): it ends here, replaced by {@code replacement}. */
    public void modify(DetectionOrder replacement, String why, String actor, Instant at) {
        Instant now = micros(at);
        move(DetectionOrderEvent.MODIFY, cut(why), actor, now);
        replacedById = replacement.id;
        endedAt = now;
    }

    /** Sends the draft to the provider (comments within {@code commentPeriod}) and the EU Centre (opinion within the profile's period). */
    public DetectionOrderConsultation sendForConsultation(DetectionOrderProfile rules, LegalPeriod commentPeriod, String actor,
                                                          Instant at) {
        Instant now = micros(at);
        DetectionOrderConsultation c = DetectionOrderConsultation.open(rules, now, commentPeriod);
        move(DetectionOrderEvent.SEND_FOR_CONSULTATION, null, actor, now);
        this.commentPeriod = commentPeriod.iso();
        consultationSentAt = now;
        commentsDueAt = c.commentsDue();
        opinionDueAt = c.opinionDue();
        return c;
    }

    /** The provider's comments on the draft, within the period the Coordinating Authority set (Art 7(3), point (a)). */
    public void recordProviderComments(String text, String actor, Instant at) {
        Instant now = micros(at);
        DetectionOrderLifecycle.TABLE.next(state, DetectionOrderEvent.RECORD_PROVIDER_COMMENTS);
        consultation().checkComments(now);
        if (commentsAt != null) {
            throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, "comments",
                    "The provider commented on this draft at " + commentsAt);
        }
        move(DetectionOrderEvent.RECORD_PROVIDER_COMMENTS, null, actor, now);
        providerComments = required(text, "text");
        commentsAt = now;
    }

    /** The EU Centre's opinion on the draft, within the profile's period (Art 7(3), point (b)). */
    public void recordCentreOpinion(String text, String actor, Instant at) {
        Instant now = micros(at);
        DetectionOrderLifecycle.TABLE.next(state, DetectionOrderEvent.RECORD_CENTRE_OPINION);
        consultation().checkOpinion(now);
        if (opinionAt != null) {
            throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, "opinion",
                    "The EU Centre gave its opinion on this draft at " + opinionAt);
        }
        move(DetectionOrderEvent.RECORD_CENTRE_OPINION, null, actor, now);
        centreOpinion = required(text, "text");
        opinionAt = now;
    }

    /** The draft adjusted once both answered or their periods ran out (Art 7(3), point (c)). */
    public void adjust(String text, String actor, Instant at) {
        Instant now = micros(at);
        DetectionOrderLifecycle.TABLE.next(state, DetectionOrderEvent.ADJUST_DRAFT);
        consultation().checkClosed(now, commentsAt, opinionAt);
        move(DetectionOrderEvent.ADJUST_DRAFT, null, actor, now);
        adjustments = required(text, "text");
        adjustedAt = now;
    }

    /** The provider's implementation plan (Art 7(3), point (c)); a revised plan replaces it. */
    public void recordImplementationPlan(String text, String actor, Instant at) {
        Instant now = micros(at);
        move(DetectionOrderEvent.RECORD_IMPLEMENTATION_PLAN, null, actor, now);
        implementationPlan = required(text, "text");
        planAt = now;
    }

    /** The data protection impact assessment that goes with a grooming plan (Art 7(3), second subparagraph). */
    public void recordDpia(String text, String actor, Instant at) {
        Instant now = micros(at);
        move(DetectionOrderEvent.RECORD_DPIA, null, actor, now);
        dpia = required(text, "text");
        dpiaAt = now;
    }

    /** The data-protection authority's opinion on a grooming plan (Art 7(3), second subparagraph). */
    public void recordDpaOpinion(String text, String actor, Instant at) {
        Instant now = micros(at);
        move(DetectionOrderEvent.RECORD_DPA_OPINION, null, actor, now);
        dpaOpinion = required(text, "text");
        dpaOpinionAt = now;
    }

    /** Submits the request to the issuing authority of the same Member State (Art 7(4)); grooming needs its safeguards recorded. */
    public void submit(DetectionOrderProfile rules, String actor, Instant at) {
        Instant now = micros(at);
        DetectionOrderLifecycle.TABLE.next(state, DetectionOrderEvent.SUBMIT_TO_ISSUING_AUTHORITY);
        rules.checkReadyForSubmission(detectionType, recordedSafeguards());
        move(DetectionOrderEvent.SUBMIT_TO_ISSUING_AUTHORITY, null, actor, now);
        submittedAt = now;
    }

    /**
     * The issuing authority issues the order with its start date (Art 7(4), Art 8(1)); it ends the
     * requested duration after the start. The start must fit the profile's window as if the provider
     * received the order now (it is checked again at the real receipt).
     */
    public void issue(DetectionOrderProfile rules, String authority, Instant start, String why, String actor, Instant at) {
        Instant now = micros(at);
        Objects.requireNonNull(start, "start");
        DetectionOrderLifecycle.TABLE.next(state, DetectionOrderEvent.ISSUE);
        Instant s = micros(start);
        Instant end = duration().after(s);
        DetectionOrderSchedule.atReceipt(rules, detectionType, now, s, end);
        move(DetectionOrderEvent.ISSUE, cut(why), actor, now);
        issuingAuthority = required(authority, "issuingAuthority");
        decidedBy = actor;
        decidedAt = now;
        decisionReasons = required(why, "reasons");
        startAt = s;
        endAt = end;
    }

    /** The issuing authority refuses the request, with reasons (Art 7(4)). */
    public void refuse(String authority, String why, String actor, Instant at) {
        Instant now = micros(at);
        move(DetectionOrderEvent.REFUSE, cut(why), actor, now);
        issuingAuthority = required(authority, "issuingAuthority");
        decidedBy = actor;
        decidedAt = now;
        decisionReasons = why.trim();
    }

    /** Sent to the provider, the Coordinating Authority of establishment and the EU Centre over the platform (Art 8(1)). */
    public void transmit(String actor, Instant at) {
        Instant now = micros(at);
        move(DetectionOrderEvent.TRANSMIT, null, actor, now);
        transmittedAt = now;
    }

    /** The provider acknowledges receipt: the appeal window and the start window count from now (Art 7(9), Art 9). */
    public DetectionOrderSchedule acknowledge(DetectionOrderProfile rules, String actor, Instant at) {
        Instant now = micros(at);
        DetectionOrderLifecycle.TABLE.next(state, DetectionOrderEvent.ACKNOWLEDGE_RECEIPT);
        DetectionOrderSchedule schedule = replacesId == null
                ? DetectionOrderSchedule.atReceipt(rules, detectionType, now, startAt, endAt)
                : DetectionOrderSchedule.continuing(rules, detectionType, now, startAt, endAt);
        move(DetectionOrderEvent.ACKNOWLEDGE_RECEIPT, null, actor, now);
        receivedAt = now;
        appealWindowClosesAt = schedule.appealWindowCloses();
        run().midTermReportDue(schedule.midTermReportDue().orElse(null));
        return schedule;
    }

    /**
     * The provider's Annex II answer (Art 8(3)): it cannot execute the order on {@code ground} and asks
     * for {@code requested}; the order pauses in the phase it has reached. Which of its clocks wait is
     * the profile's, applied when the order resumes ({@link #resume}).
     */
    public void answerAnnexIi(AnnexIiGround ground, String explanation, String requested, String actor, Instant at) {
        Instant now = micros(at);
        Objects.requireNonNull(ground, "ground");
        String why = required(explanation, "explanation");
        move(DetectionOrderEvent.ANSWER_ANNEX_II, cut(ground + ": " + why), actor, now);
        run().annexIi(ground, why, required(requested, "clarificationRequested"), now);
    }

    /**
     * The Coordinating Authority of establishment clarifies the order and it resumes: each date the
     * profile's {@code detection-order.annex-ii-pauses} names and the pause found still ahead moves on
     * by the pause's length ({@link DetectionOrderSchedule#resumed}).
     *
     * @return the dates the order runs on now
     */
    public DetectionOrderSchedule resume(DetectionOrderProfile rules, String clarification, String actor, Instant at) {
        Instant now = micros(at);
        String text = required(clarification, "clarification");
        DetectionOrderLifecycle.TABLE.next(state, DetectionOrderEvent.RESUME);
        DetectionOrderSchedule resumed = schedule().resumed(rules, run().annexIiAt(), now);
        move(DetectionOrderEvent.RESUME, cut("clarified: " + text), actor, now);
        run().clarified(text, now);
        startAt = resumed.start();
        endAt = resumed.end();
        run().midTermReportDue(resumed.midTermReportDue().orElse(null));
        return resumed;
    }

    /**
     * Takes the due time of the persistent deadline that runs {@code clock} as the order's date: the
     * deadline service measured the pause on its own clock, a few milliseconds after the order's move,
     * and the date the order shows is the one its deadline keeps.
     */
    public void followDeadline(DetectionOrderClock clock, Instant due) {
        Instant at = micros(due);
        switch (clock) {
            case START -> startAt = at;
            case MID_TERM_REPORT -> run().midTermReportDue(at);
            case END -> endAt = at;
        }
    }

    /** The provider's mid-term report on the execution (Art 9(3)), once it is due, or in a pause. */
    public void recordMidTermReport(String text, String actor, Instant at) {
        Instant now = micros(at);
        String report = required(text, "text");
        move(DetectionOrderEvent.RECORD_MID_TERM_REPORT, null, actor, now);
        run().midTermReport(report, now);
    }

    /** The order's dates as they stand, from its receipt on. */
    public DetectionOrderSchedule schedule() {
        if (receivedAt == null) {
            throw new IllegalStateException("detection order " + id + " has no dates before its receipt");
        }
        return new DetectionOrderSchedule(profile(), detectionType, receivedAt, appealWindowClosesAt, startAt,
                run().midTermReportDueAt(), endAt);
    }

    /** A clock event of the schedule (the appeal window closes, the start, the end) that the deadline service reached. */
    public void clock(DetectionOrderEvent event, Instant due, String actor, Instant at) {
        Instant now = micros(at);
        switch (event) {
            case CLOSE_APPEAL_WINDOW -> {
                move(event, "appeal window closed at " + due, actor, now);
                finalAt = now;
            }
            case START -> {
                move(event, "start date " + due, actor, now);
                inForceAt = now;
            }
            case MID_TERM_REPORT_FALLS_DUE -> move(event, "mid-term report due " + due, actor, now);
            case EXPIRE -> {
                move(event, "end date " + due, actor, now);
                endedAt = now;
            }
            default -> throw new IllegalArgumentException(event + " is not a clock event of a detection order");
        }
    }

    /** The issuing authority revokes the order, with reasons. */
    public void revoke(String why, String actor, Instant at) {
        Instant now = micros(at);
        move(DetectionOrderEvent.REVOKE, cut(why), actor, now);
        endedAt = now;
    }

    /** The Coordinating Authority withdraws a request it has not submitted yet, with reasons. */
    public void withdraw(String why, String actor, Instant at) {
        Instant now = micros(at);
        move(DetectionOrderEvent.WITHDRAW, cut(why), actor, now);
        endedAt = now;
    }

    /** Records the indicator grants the issued order created. */
    public void granted(List<GrantId> created) {
        created.forEach(g -> grants.add(g.value()));
    }

    /** Remembers the persistent deadline of the mid-term report. */
    public void midTermDeadline(UUID deadline) {
        run().midTermDeadline(deadline);
    }

    /** Replaces the grants of the order by those created for its new dates (after a pause moved its end). */
    public void regranted(List<GrantId> created) {
        grants.clear();
        granted(created);
    }

    /** Remembers the persistent deadlines the order's clocks run on (null: unchanged). */
    public void deadlines(UUID opinion, UUID appeal, UUID start, UUID end) {
        if (opinion != null) {
            opinionDeadlineId = opinion;
        }
        if (appeal != null) {
            appealDeadlineId = appeal;
        }
        if (start != null) {
            startDeadlineId = start;
        }
        if (end != null) {
            endDeadlineId = end;
        }
    }

    private void move(DetectionOrderEvent event, String reason, String actor, Instant at) {
        DetectionOrderState from = state;
        DetectionOrderState to = DetectionOrderLifecycle.next(from, event, reason);
        state = to;
        stateChangedAt = at;
        history.add(new DetectionOrderStatusChange(this, from, event.name(), to, legalBasis(event), actor, reason, at));
    }

    /** The provision a move rests on, written into its history row. */
    static String legalBasis(DetectionOrderEvent event) {
        return switch (event) {
            case SEND_FOR_CONSULTATION, RECORD_PROVIDER_COMMENTS, RECORD_CENTRE_OPINION -> "Art 7(3), first subparagraph";
            case ADJUST_DRAFT, RECORD_IMPLEMENTATION_PLAN -> "Art 7(3), point (c)";
            case RECORD_DPIA, RECORD_DPA_OPINION -> "Art 7(3), second subparagraph";
            case SUBMIT_TO_ISSUING_AUTHORITY, ISSUE, REFUSE -> "Art 7(4)";
            case TRANSMIT -> "Art 8(1), Annex I";
            case ACKNOWLEDGE_RECEIPT, START -> "Art 7(9), second subparagraph";
            case CLOSE_APPEAL_WINDOW -> "Art 9(1), Art 9(2)";
            case EXPIRE -> "Art 7(9), third subparagraph";
            case MID_TERM_REPORT_FALLS_DUE, RECORD_MID_TERM_REPORT -> "Art 9(3)";
            case ANSWER_ANNEX_II, RESUME -> "Art 8(3), Annex II";
            case MODIFY, REVOKE -> "Art 9(4)";
            case WITHDRAW -> "Art 7";
        };
    }

    private DetectionOrderConsultation consultation() {
        return new DetectionOrderConsultation(consultationSentAt, commentsDueAt, opinionDueAt);
    }

    /** The grooming safeguards recorded so far, as the profile's {@code detection-order.grooming-extra-steps} names them. */
    public Set<String> recordedSafeguards() {
        Set<String> out = new LinkedHashSet<>();
        if (dpia != null) {
            out.add(DPIA_STEP);
        }
        if (dpaOpinion != null) {
            out.add(DPA_STEP);
        }
        return out;
    }

    private static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw RuleViolationException.invalid(field, field + " must not be blank");
        }
        return text.trim();
    }

    /** A reason as the history row keeps it (500 characters). */
    private static String cut(String why) {
        if (why == null || why.isBlank()) {
            return why;
        }
        String t = why.trim();
        return t.length() <= 500 ? t : t.substring(0, 500);
    }

    private static Instant micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    /** The mid-term report and the Annex II answer; Hibernate leaves an embeddable whose columns are all empty null. */
    private DetectionOrderExecution run() {
        if (execution == null) {
            execution = DetectionOrderExecution.none();
        }
        return execution;
    }

    /** The order this one replaces after a modification (Art 9(4)). */
    public Optional<DetectionOrderId> replaces() {
        return Optional.ofNullable(replacesId).map(DetectionOrderId::new);
    }

    /**
     * The end of the order's period of application while it is issued and has not ended (not
     * revoked, modified or expired); empty for a request, a rejected or withdrawn one, and an ended order.
     */
    public Optional<Instant> runsUntil() {
        return startAt != null && endAt != null && endedAt == null ? Optional.of(endAt) : Optional.empty();
    }

    /** The provider's risk assessment the request starts from (Art 7(2), Art 3-5), if it names one. */
    public Optional<RiskAssessmentId> riskAssessment() {
        return Optional.ofNullable(riskAssessmentId).map(RiskAssessmentId::new);
    }

    /** The order that replaced this one when it was modified. */
    public Optional<DetectionOrderId> replacedBy() {
        return Optional.ofNullable(replacedById).map(DetectionOrderId::new);
    }

    public DetectionOrderExecution execution() {
        return run();
    }

    public Set<DetectionOrderEvent> possibleEvents() {
        return DetectionOrderLifecycle.TABLE.eventsFrom(state);
    }

    public DetectionOrderId id() {
        return new DetectionOrderId(id);
    }

    public long version() {
        return version;
    }

    public String reference() {
        return reference;
    }

    public MemberState memberState() {
        return memberState;
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

    public String service() {
        return service;
    }

    public DetectionOrderType detectionType() {
        return detectionType;
    }

    public LegalPeriod duration() {
        return LegalPeriod.parse(duration);
    }

    public String safeguards() {
        return safeguards;
    }

    public String technologyReference() {
        return technologyReference;
    }

    public String reasons() {
        return reasons;
    }

    public ProfileRef profile() {
        return new ProfileRef(profileId, profileVersion);
    }

    public DetectionOrderState state() {
        return state;
    }

    public String draftedBy() {
        return draftedBy;
    }

    public Instant draftedAt() {
        return draftedAt;
    }

    public Optional<LegalPeriod> commentPeriod() {
        return Optional.ofNullable(commentPeriod).map(LegalPeriod::parse);
    }

    public Instant consultationSentAt() {
        return consultationSentAt;
    }

    public Instant commentsDueAt() {
        return commentsDueAt;
    }

    public Instant opinionDueAt() {
        return opinionDueAt;
    }

    public String providerComments() {
        return providerComments;
    }

    public Instant commentsAt() {
        return commentsAt;
    }

    public String centreOpinion() {
        return centreOpinion;
    }

    public Instant opinionAt() {
        return opinionAt;
    }

    public String adjustments() {
        return adjustments;
    }

    public Instant adjustedAt() {
        return adjustedAt;
    }

    public String implementationPlan() {
        return implementationPlan;
    }

    public Instant planAt() {
        return planAt;
    }

    public String dpia() {
        return dpia;
    }

    public Instant dpiaAt() {
        return dpiaAt;
    }

    public String dpaOpinion() {
        return dpaOpinion;
    }

    public Instant dpaOpinionAt() {
        return dpaOpinionAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String issuingAuthority() {
        return issuingAuthority;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionReasons() {
        return decisionReasons;
    }

    public Instant startAt() {
        return startAt;
    }

    public Instant endAt() {
        return endAt;
    }

    public Instant transmittedAt() {
        return transmittedAt;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant appealWindowClosesAt() {
        return appealWindowClosesAt;
    }

    public Instant finalAt() {
        return finalAt;
    }

    public Instant inForceAt() {
        return inForceAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public Optional<UUID> opinionDeadline() {
        return Optional.ofNullable(opinionDeadlineId);
    }

    public Optional<UUID> appealDeadline() {
        return Optional.ofNullable(appealDeadlineId);
    }

    public Optional<UUID> startDeadline() {
        return Optional.ofNullable(startDeadlineId);
    }

    public Optional<UUID> endDeadline() {
        return Optional.ofNullable(endDeadlineId);
    }

    public Instant stateChangedAt() {
        return stateChangedAt;
    }

    public Set<IndicatorSetId> indicatorSets() {
        Set<IndicatorSetId> out = new LinkedHashSet<>();
        indicatorSets.forEach(s -> out.add(new IndicatorSetId(s)));
        return Collections.unmodifiableSet(out);
    }

    public List<GrantId> grants() {
        return grants.stream().map(GrantId::new).toList();
    }

    public List<DetectionOrderStatusChange> history() {
        return Collections.unmodifiableList(history);
    }
}
