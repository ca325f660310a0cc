package eu.csar.penalties.domain;

import eu.csar.penalties.api.PenaltyStep;
import eu.csar.penalties.api.FactorEntry;
import eu.csar.penalties.api.PenaltyCalculation;
import eu.csar.penalties.api.PenaltyCaseId;
import eu.csar.penalties.api.PenaltyCaseState;
import eu.csar.penalties.api.PenaltyKind;
import eu.csar.penalties.api.PenaltyQuestion;
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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static eu.csar.shared.domain.DomainInputs.micros;
import static eu.csar.shared.domain.DomainInputs.required;
import static eu.csar.shared.domain.RuleViolationException.invalid;

/**
 * A penalty case file (Art 35): a Coordinating Authority's infringement case against a provider under
 * its jurisdiction (its Member State is the provider's competent authority as the registry derives
 * it, checked when the case is opened), linked to the orders and reports concerned. While OPEN the
 * authority records the factor checklist of Art 35(6) (the factors the legal-profile version pinned
 * on opening lists) and the provider's annual worldwide turnover of the preceding business year; the
 * decision is refused unless every factor is assessed, the turnover is known, and the amount is
 * within the cap of Art 35(4)-(5) as {@link PenaltyCalculator} applies it under that same profile
 * version. The decided case keeps the calculator's steps, so anyone reading it sees how the amount
 * was reached. Moves by {@link PenaltyCaseLifecycle}; every move writes a history row.
 */
@Entity
@Table(name = "penalty_cases")
public class PenaltyCase {

    public static final int MAX_SUMMARY = 2000;
    /** Decision reasoning fits the history row with the amount before it. */
    public static final int MAX_REASONING = 4000;
    public static final int MAX_REASON = 450;
    public static final int MAX_LINKS = 50;
    /** The earliest business year a turnover may be given for. */
    public static final int FIRST_BUSINESS_YEAR = 2000;

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "case_number", nullable = false, updatable = false)
    private String caseNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_state", nullable = false, updatable = false)
    private MemberState memberState;

    @Column(name = "provider_id", nullable = false, updatable = false)
    private UUID providerId;

    @Column(name = "provider_name", nullable = false, updatable = false)
    private String providerName;

    @Column(name = "profile_id", nullable = false, updatable = false)
    private String profileId;

    @Column(name = "profile_version", nullable = false, updatable = false)
    private int profileVersion;

    @Column(name = "summary", nullable = false, updatable = false)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private PenaltyCaseState state;

    @Column(name = "opened_by", nullable = false, updatable = false)
    private String openedBy;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "annual_turnover")
    private BigDecimal annualTurnover;

    @Column(name = "business_year")
    private Integer businessYear;

    @Column(name = "business_year_days")
    private Integer businessYearDays;

    @Column(name = "turnover_recorded_by")
    private String turnoverRecordedBy;

    @Column(name = "turnover_recorded_at")
    private Instant turnoverRecordedAt;

    @Column(name = "factors_recorded_by")
    private String factorsRecordedBy;

    @Column(name = "factors_recorded_at")
    private Instant factorsRecordedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_kind")
    private PenaltyKind decisionKind;

    @Column(name = "decision_amount")
    private BigDecimal decisionAmount;

    @Column(name = "decision_days")
    private Integer decisionDays;

    @Column(name = "decision_cap")
    private BigDecimal decisionCap;

    @Column(name = "decision_total")
    private BigDecimal decisionTotal;

    @Column(name = "decision_maximum_total")
    private BigDecimal decisionMaximumTotal;

    @Column(name = "decision_article")
    private String decisionArticle;

    @Column(name = "decision_reasoning")
    private String decisionReasoning;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "state_changed_at", nullable = false)
    private Instant stateChangedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "penalty_case_links", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<PenaltyCaseLink> links = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "penalty_case_factors", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<PenaltyCaseFactor> factors = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "penalty_case_steps", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<PenaltyCaseStep> decisionSteps = new ArrayList<>();

    @OneToMany(mappedBy = "penaltyCase", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("occurredAt")
    private List<PenaltyCaseStatusChange> history = new ArrayList<>();

    protected PenaltyCase() {
    }

    /**
     * A new OPEN case of the Coordinating Authority of {@code memberState} against {@code provider},
     * running under the profile version {@code profileId} v{@code profileVersion}; its history opened.
     */
    public static PenaltyCase open(String caseNumber, MemberState memberState, ProviderId provider, String providerName,
                                   String profileId, int profileVersion, String summary, List<PenaltyCaseLink> links,
                                   String actor, Instant at) {
        String text = required(summary, "summary", "A case says what the provider is said to have infringed");
        if (text.length() > MAX_SUMMARY) {
            throw invalid("summary", "At most " + MAX_SUMMARY + " characters");
        }
        if (links.size() > MAX_LINKS) {
            throw invalid("links", "At most " + MAX_LINKS + " orders and reports");
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < links.size(); i++) {
            if (!seen.add(links.get(i).objectId())) {
                throw invalid("links[" + i + "].id", "Named twice");
            }
        }
        PenaltyCase c = new PenaltyCase();
        Instant now = micros(at);
        c.id = UUID.randomUUID();
        c.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
        c.memberState = Objects.requireNonNull(memberState, "memberState");
        c.providerId = provider.value();
        c.providerName = Objects.requireNonNull(providerName, "providerName");
        c.profileId = Objects.requireNonNull(profileId, "profileId");
        c.profileVersion = profileVersion;
        c.summary = text;
        c.links.addAll(links);
        c.state = PenaltyCaseLifecycle.INITIAL;
        c.openedBy = actor;
        c.openedAt = now;
        c.stateChangedAt = now;
        c.history.add(new PenaltyCaseStatusChange(c, null, PenaltyCaseLifecycle.OPEN_EVENT, c.state, "Art 35(1)", actor, null, now));
        return c;
    }

    /**
     * Records (or re-records) the assessment of some factors of the checklist; {@code listed} are the
     * factors the case's profile version lists (Art 35(6)). Only while OPEN.
     */
    public void recordFactors(List<String> listed, List<FactorEntry> entries, String actor, Instant at) {
        whileOpen("factors");
        if (entries == null || entries.isEmpty()) {
            throw invalid("factors", "Name at least one factor of " + String.join(", ", listed));
        }
        Map<String, PenaltyCaseFactor> merged = new LinkedHashMap<>();
        factors.forEach(f -> merged.put(f.factor(), f));
        Set<String> named = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            FactorEntry e = entries.get(i);
            String field = "factors[" + i + "]";
            if (e == null || e.factor() == null || !listed.contains(e.factor().trim())) {
                throw invalid(field + ".factor", "One of " + String.join(", ", listed) + " (Art 35(6))");
            }
            String factor = e.factor().trim();
            if (!named.add(factor)) {
                throw invalid(field + ".factor", factor + " is named twice");
            }
            if (e.assessment() == null) {
                throw invalid(field + ".assessment", "AGGRAVATING, MITIGATING, NEUTRAL or NOT_APPLICABLE");
            }
            String note = e.note() == null || e.note().isBlank() ? null : e.note().trim();
            if (note != null && note.length() > FactorEntry.MAX_NOTE) {
                throw invalid(field + ".note", "At most " + FactorEntry.MAX_NOTE + " characters");
            }
            merged.put(factor, new PenaltyCaseFactor(factor, e.assessment(), note));
        }
        factors.clear();
        // the checklist reads in the profile's order
        listed.stream().filter(merged::containsKey).map(merged::get).forEach(factors::add);
        factorsRecordedBy = actor;
        factorsRecordedAt = micros(at);
    }

    /**
     * Records the provider's annual worldwide turnover in {@code businessYear} (euro, cents at most)
     * and that year's length in days (365 or 366). Only while OPEN; the business year ended before now.
     */
    public void recordTurnover(BigDecimal turnover, int businessYear, int businessYearDays, String actor, Instant at) {
        whileOpen("annualTurnover");
        if (turnover == null || turnover.signum() < 0 || turnover.stripTrailingZeros().scale() > 2
                || turnover.precision() - turnover.scale() > PenaltyQuestion.MAX_DIGITS) {
            throw invalid("annualTurnover", "An amount in euro, not negative, with cents at most and at most "
                    + PenaltyQuestion.MAX_DIGITS + " whole digits");
        }
        int thisYear = at.atZone(java.time.ZoneOffset.UTC).getYear();
        if (businessYear < FIRST_BUSINESS_YEAR || businessYear > thisYear) {
            throw invalid("businessYear", "A business year from " + FIRST_BUSINESS_YEAR + " to " + thisYear);
        }
        if (businessYearDays != 365 && businessYearDays != 366) {
            throw invalid("businessYearDays", "365 or 366");
        }
        annualTurnover = turnover.setScale(2, RoundingMode.UNNECESSARY);
        this.businessYear = businessYear;
        this.businessYearDays = businessYearDays;
        turnoverRecordedBy = actor;
        turnoverRecordedAt = micros(at);
    }

    /**
     * Decides the penalty: every factor of {@code listed} assessed, the turnover recorded, and the
     * amount within {@code cap} (read from the case's profile version). Refused above the cap, naming
     * the Article, with nothing changed.
     */
    public PenaltyCalculation decide(List<String> listed, PenaltyCap cap, BigDecimal amount, Integer days, String reasoning,
                                     String actor, Instant at) {
        PenaltyCaseLifecycle.TABLE.next(state, PenaltyCaseEvent.DECIDE); // refuses a decided, closed or withdrawn case first
        String why = required(reasoning, "reasoning", "A decision states its reasoning");
        if (why.length() > MAX_REASONING) {
            throw invalid("reasoning", "At most " + MAX_REASONING + " characters");
        }
        List<String> missing = missingFactors(listed);
        if (!missing.isEmpty()) {
            throw invalid("factors", "Assess every factor of Art 35(6) before deciding; missing: " + String.join(", ", missing));
        }
        if (annualTurnover == null) {
            throw invalid("annualTurnover", "Record the annual worldwide turnover before deciding");
        }
        if (amount == null) {
            throw invalid("proposedAmount", "An amount in euro");
        }
        PenaltyCalculation calculation = PenaltyCalculator.calculate(cap,
                new PenaltyQuestion(cap.kind(), annualTurnover, businessYearDays, amount, days));
        Instant now = micros(at);
        move(PenaltyCaseEvent.DECIDE, cap.kind() + " " + PenaltyCalculator.eur(calculation.proposedTotal()), actor, now);
        decisionKind = cap.kind();
        decisionAmount = calculation.proposedAmount();
        decisionDays = calculation.days();
        decisionCap = calculation.cap();
        decisionTotal = calculation.proposedTotal();
        decisionMaximumTotal = calculation.maximumTotal();
        decisionArticle = calculation.article();
        decisionReasoning = why;
        decisionSteps.clear();
        calculation.steps().forEach(step -> decisionSteps.add(new PenaltyCaseStep(step)));
        decidedBy = actor;
        decidedAt = now;
        return calculation;
    }

    /** The decided case is closed. */
    public void close(String reason, String actor, Instant at) {
        move(PenaltyCaseEvent.CLOSE, optional(reason, "reason"), actor, micros(at));
    }

    /** The case is dropped before a decision, with a reason. */
    public void withdraw(String reason, String actor, Instant at) {
        String why = required(reason, "reason", "A withdrawal has a reason");
        move(PenaltyCaseEvent.WITHDRAW, optional(why, "reason"), actor, micros(at));
    }

    /** The factors of {@code listed} not assessed yet, in the profile's order. */
    public List<String> missingFactors(List<String> listed) {
        Set<String> assessed = new HashSet<>();
        factors.forEach(f -> assessed.add(f.factor()));
        return listed.stream().filter(f -> !assessed.contains(f)).toList();
    }

    private void whileOpen(String field) {
        if (state != PenaltyCaseState.OPEN) {
            throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, field,
                    "The case is " + state + ": factors and turnover are recorded only while it is OPEN");
        }
    }

    private void move(PenaltyCaseEvent event, String reason, String actor, Instant at) {
        PenaltyCaseState from = state;
        PenaltyCaseState to = PenaltyCaseLifecycle.TABLE.next(from, event);
        state = to;
        stateChangedAt = at;
        history.add(new PenaltyCaseStatusChange(this, from, event.name(), to, event.legalBasis(), actor, reason, at));
    }

    private static String optional(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        if (t.length() > MAX_REASON) {
            throw invalid(field, "At most " + MAX_REASON + " characters");
        }
        return t;
    }

    public Set<PenaltyCaseEvent> possibleEvents() {
        return PenaltyCaseLifecycle.TABLE.eventsFrom(state);
    }

    public PenaltyCaseId id() {
        return new PenaltyCaseId(id);
    }

    public long version() {
        return version;
    }

    /** The number users see and quote, e.g. {@code NL-PEN-2026-0001}. */
    public String caseNumber() {
        return caseNumber;
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

    public String profileId() {
        return profileId;
    }

    public int profileVersion() {
        return profileVersion;
    }

    public String summary() {
        return summary;
    }

    public PenaltyCaseState state() {
        return state;
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public BigDecimal annualTurnover() {
        return annualTurnover;
    }

    public Integer businessYear() {
        return businessYear;
    }

    public Integer businessYearDays() {
        return businessYearDays;
    }

    public String turnoverRecordedBy() {
        return turnoverRecordedBy;
    }

    public Instant turnoverRecordedAt() {
        return turnoverRecordedAt;
    }

    public String factorsRecordedBy() {
        return factorsRecordedBy;
    }

    public Instant factorsRecordedAt() {
        return factorsRecordedAt;
    }

    public PenaltyKind decisionKind() {
        return decisionKind;
    }

    public BigDecimal decisionAmount() {
        return decisionAmount;
    }

    public Integer decisionDays() {
        return decisionDays;
    }

    public BigDecimal decisionCap() {
        return decisionCap;
    }

    public BigDecimal decisionTotal() {
        return decisionTotal;
    }

    public BigDecimal decisionMaximumTotal() {
        return decisionMaximumTotal;
    }

    public String decisionArticle() {
        return decisionArticle;
    }

    public String decisionReasoning() {
        return decisionReasoning;
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

    public List<PenaltyCaseLink> links() {
        return Collections.unmodifiableList(links);
    }

    public List<PenaltyCaseFactor> factors() {
        return Collections.unmodifiableList(factors);
    }

    public List<PenaltyStep> decisionSteps() {
        return decisionSteps.stream().map(PenaltyCaseStep::step).toList();
    }

    public List<PenaltyCaseStatusChange> history() {
        return Collections.unmodifiableList(history);
    }
}
