package eu.csar.risk.domain;

import eu.csar.legal.api.ProfileRef;
import eu.csar.risk.api.AssessmentKind;
import eu.csar.risk.api.DueKind;
import eu.csar.risk.api.RiskAssessmentId;
import eu.csar.risk.api.RiskAssessmentState;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One risk assessment of a provider (Art 3-4), or an app store's measures (Art 6), as the provider
 * reported it to the Coordinating Authority of establishment (Art 5(1)): the fields the pinned legal
 * profile lists, each a text the provider wrote (no content data, no personal data), the date it was
 * carried out, and the review. The provider's legal name and competent Member States are copied from
 * the registry when it submits (for reading and for reminders); who may review it is asked of the
 * registry each time. Moves by {@link RiskAssessmentLifecycle}; every move writes a history row.
 * The open due dates are deadlines of the deadline service, whose ids and due times are kept here.
 */
@Entity
@Table(name = "risk_assessments")
public class RiskAssessment {

    /** Each field is a text of at most this many characters. */
    public static final int MAX_FIELD = 8000;
    /** A request of the authority fits one text of this length. */
    public static final int MAX_REQUEST = 2000;
    /** A provider's answer. */
    public static final int MAX_RESPONSE = 4000;
    /** The field that holds the date the assessment was carried out, where the profile lists it. */
    public static final String ASSESSED_AT = "assessedAt";

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "provider_id", nullable = false, updatable = false)
    private UUID providerId;

    @Column(name = "provider_name", nullable = false, updatable = false)
    private String providerName;

    @Column(name = "member_states", nullable = false, updatable = false)
    private String memberStates;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private AssessmentKind kind;

    @Column(name = "profile_id", nullable = false, updatable = false)
    private String profileId;

    @Column(name = "profile_version", nullable = false, updatable = false)
    private int profileVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private RiskAssessmentState state;

    @Column(name = "assessed_at", nullable = false, updatable = false)
    private Instant assessedAt;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "reported_late", nullable = false, updatable = false)
    private boolean reportedLate;

    @Column(name = "category")
    private String category;

    @Column(name = "categorised_by")
    private String categorisedBy;

    @Column(name = "categorised_at")
    private Instant categorisedAt;

    @Column(name = "request_text")
    private String requestText;

    @Column(name = "response_text")
    private String responseText;

    @Column(name = "update_due_at", nullable = false)
    private Instant updateDueAt;

    @Column(name = "update_deadline_id")
    private UUID updateDeadlineId;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer_kind")
    private DueKind answerKind;

    @Column(name = "answer_due_at")
    private Instant answerDueAt;

    @Column(name = "answer_deadline_id")
    private UUID answerDeadlineId;

    @Enumerated(EnumType.STRING)
    @Column(name = "overdue_kind")
    private DueKind overdueKind;

    @Column(name = "overdue_since")
    private Instant overdueSince;

    @Column(name = "state_changed_at", nullable = false)
    private Instant stateChangedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "risk_assessment_fields", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "name")
    @Column(name = "value", nullable = false)
    private Map<String, String> fields = new TreeMap<>();

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("occurredAt")
    private List<RiskAssessmentStatusChange> history = new ArrayList<>();

    protected RiskAssessment() {
    }

    /**
     * A new assessment, SUBMITTED, with exactly the {@code required} fields (each non-blank; a field
     * the profile does not list is refused, naming it); the date it was carried out is the
     * {@value #ASSESSED_AT} field where the profile lists one (an ISO date or instant, not in the
     * future), else the submission. Its next assessment falls due by {@code dueDates}.
     */
    public static RiskAssessment submit(ProviderId provider, String providerName, Set<MemberState> competent,
                                        AssessmentKind kind, ProfileRef profile, List<String> required,
                                        Map<String, String> submitted, RiskDueDates dueDates, String actor, Instant at) {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(profile, "profile");
        if (competent == null || competent.isEmpty()) {
            throw new IllegalArgumentException("a provider has a competent Member State");
        }
        Instant now = micros(at);
        Map<String, String> values = fields(required, submitted == null ? Map.of() : submitted);
        Instant assessed = values.containsKey(ASSESSED_AT) ? assessedAt(values.get(ASSESSED_AT), now) : now;
        RiskAssessment a = new RiskAssessment();
        a.id = UUID.randomUUID();
        a.providerId = provider.value();
        a.providerName = Objects.requireNonNull(providerName, "providerName");
        a.memberStates = EnumSet.copyOf(competent).stream().map(Enum::name).collect(Collectors.joining(","));
        a.kind = kind;
        a.profileId = profile.profileId();
        a.profileVersion = profile.version();
        a.state = RiskAssessmentLifecycle.INITIAL;
        a.fields.putAll(values);
        a.assessedAt = assessed;
        a.submittedBy = actor;
        a.submittedAt = now;
        a.reportedLate = dueDates.reportedLate(assessed, now);
        a.updateDueAt = micros(dueDates.nextAssessment(assessed));
        a.stateChangedAt = now;
        a.history.add(new RiskAssessmentStatusChange(a, null, RiskAssessmentLifecycle.SUBMIT, a.state,
                kind == AssessmentKind.APP_STORE ? "Art 6" : "Art 3, Art 4, Art 5(1)", actor,
                a.reportedLate ? "reported after the period of Art 5(1)" : null, now));
        return a;
    }

    private static Map<String, String> fields(List<String> required, Map<String, String> submitted) {
        for (String name : new TreeMap<>(submitted).keySet()) {
            if (!required.contains(name)) {
                throw invalid("fields." + name, "Not a field of this report; the legal profile lists " + String.join(", ", required));
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : required) {
            String value = submitted.get(name);
            if (value == null || value.isBlank()) {
                throw invalid("fields." + name, "Required by the legal profile");
            }
            String text = value.strip();
            if (text.length() > MAX_FIELD) {
                throw invalid("fields." + name, "At most " + MAX_FIELD + " characters");
            }
            values.put(name, text);
        }
        return values;
    }

    private static Instant assessedAt(String text, Instant now) {
        Instant at;
        try {
            at = text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid("fields." + ASSESSED_AT, "An ISO date (2026-11-30) or instant (2026-11-30T10:00:00Z)");
        }
        if (at.isAfter(now)) {
            throw invalid("fields." + ASSESSED_AT, "Not in the future");
        }
        return micros(at);
    }

    /**
     * The next assessment falls due at {@code due} instead (a detection order came into force or
     * ended, Art 3(4), second subparagraph): returns the deadline that ran until the old date, which
     * the caller cancels before scheduling the new one ({@link #updateScheduled}); empty when the date
     * does not change or the assessment was superseded. An overdue mark of the old date is lifted
     * when the new one is still ahead of {@code now}.
     */
    public Optional<UUID> moveUpdateDue(Instant due, Instant now) {
        Instant at = micros(due);
        if (state == RiskAssessmentState.SUPERSEDED || at.equals(updateDueAt)) {
            return Optional.empty();
        }
        UUID previous = updateDeadlineId;
        updateDueAt = at;
        updateDeadlineId = null;
        if (overdueKind == DueKind.UPDATE && at.isAfter(now)) {
            overdueKind = null;
            overdueSince = null;
        }
        return Optional.ofNullable(previous);
    }

    /** The deadline the next assessment runs against. */
    public void updateScheduled(UUID deadline) {
        this.updateDeadlineId = Objects.requireNonNull(deadline, "deadline");
    }

    /** The authority accepts the assessment. */
    public void accept(String reason, String actor, Instant at) {
        move(RiskAssessmentEvent.ACCEPT, optional(reason, MAX_REQUEST, "reason"), actor, micros(at));
    }

    /**
     * The authority asks for information ({@code REQUEST_INFORMATION}) or requires measures
     * ({@code REQUIRE_MEASURES}), saying what, to be answered by {@code due}; {@code deadline} is the
     * deadline that runs until then.
     */
    public void request(RiskAssessmentEvent event, String text, Instant due, UUID deadline, String actor, Instant at) {
        if (event != RiskAssessmentEvent.REQUEST_INFORMATION && event != RiskAssessmentEvent.REQUIRE_MEASURES) {
            throw new IllegalArgumentException(event + " is not a request");
        }
        String what = required(text, "text", "Say what the provider is to supply", MAX_REQUEST);
        move(event, shorten(what), actor, micros(at));
        requestText = what;
        answerKind = event == RiskAssessmentEvent.REQUEST_INFORMATION ? DueKind.INFORMATION : DueKind.MEASURES;
        answerDueAt = micros(due);
        answerDeadlineId = deadline;
    }

    /**
     * The provider answers the open request; the deadline it ran against is returned (to be
     * cancelled) and an overdue answer is no longer overdue.
     */
    public Optional<UUID> supplement(String text, String actor, Instant at) {
        String answer = required(text, "text", "The answer to the Coordinating Authority's request", MAX_RESPONSE);
        move(RiskAssessmentEvent.SUPPLEMENT, shorten(answer), actor, micros(at));
        responseText = answer;
        UUID deadline = answerDeadlineId;
        answerKind = null;
        answerDueAt = null;
        answerDeadlineId = null;
        if (overdueKind != null && overdueKind != DueKind.UPDATE) {
            overdueKind = null;
            overdueSince = null;
        }
        return Optional.ofNullable(deadline);
    }

    /** The authority assigns one of {@code categories} (the profile's {@code risk.categories}). */
    public void assignCategory(String category, List<String> categories, String actor, Instant at) {
        String chosen = required(category, "category", "A risk category", 80);
        if (!categories.contains(chosen)) {
            throw invalid("category", "One of " + String.join(", ", categories));
        }
        Instant now = micros(at);
        move(RiskAssessmentEvent.ASSIGN_CATEGORY, chosen, actor, now);
        this.category = chosen;
        this.categorisedBy = actor;
        this.categorisedAt = now;
    }

    /** The provider's next assessment replaces this one; the open deadlines are returned to be cancelled. */
    public List<UUID> supersede(RiskAssessmentId by, String actor, Instant at) {
        move(RiskAssessmentEvent.SUPERSEDE, "by " + by, actor, micros(at));
        List<UUID> open = new ArrayList<>();
        Optional.ofNullable(updateDeadlineId).ifPresent(open::add);
        Optional.ofNullable(answerDeadlineId).ifPresent(open::add);
        answerKind = null;
        answerDueAt = null;
        answerDeadlineId = null;
        overdueKind = null;
        overdueSince = null;
        return open;
    }

    /**
     * A due date of {@code kind} passed at {@code due}: recorded as overdue when it is still this
     * assessment's open one (a superseded assessment, or a request answered meanwhile, is not overdue).
     * The first overdue date stays; returns whether anything changed.
     */
    public boolean markOverdue(DueKind kind, Instant due) {
        boolean open = state != RiskAssessmentState.SUPERSEDED
                && (kind == DueKind.UPDATE || kind == answerKind);
        if (!open || overdueKind != null) {
            return false;
        }
        overdueKind = kind;
        overdueSince = micros(due);
        return true;
    }

    private void move(RiskAssessmentEvent event, String reason, String actor, Instant at) {
        RiskAssessmentState from = state;
        RiskAssessmentState to = RiskAssessmentLifecycle.TABLE.next(from, event);
        state = to;
        stateChangedAt = at;
        history.add(new RiskAssessmentStatusChange(this, from, event.name(), to, event.legalBasis(), actor, reason, at));
    }

    private static String required(String text, String field, String message, int max) {
        if (text == null || text.isBlank()) {
            throw invalid(field, message);
        }
        String t = text.strip();
        if (t.length() > max) {
            throw invalid(field, "At most " + max + " characters");
        }
        return t;
    }

    private static String optional(String text, int max, String field) {
        return text == null || text.isBlank() ? null : shorten(required(text, field, "", max));
    }

    /** A history row's reason holds 500 characters. */
    private static String shorten(String text) {
        return text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }

    private static RuleViolationException invalid(String field, String message) {
        return RuleViolationException.invalid(field, message);
    }

    private static Instant micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    public Set<RiskAssessmentEvent> possibleEvents() {
        return RiskAssessmentLifecycle.TABLE.eventsFrom(state);
    }

    public RiskAssessmentId id() {
        return new RiskAssessmentId(id);
    }

    public long version() {
        return version;
    }

    public ProviderId providerId() {
        return new ProviderId(providerId);
    }

    public String providerName() {
        return providerName;
    }

    /** The Member States competent for the provider when it submitted (Art 26). */
    public Set<MemberState> memberStates() {
        return Arrays.stream(memberStates.split(",")).map(MemberState::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(MemberState.class)));
    }

    public AssessmentKind kind() {
        return kind;
    }

    public ProfileRef profile() {
        return new ProfileRef(profileId, profileVersion);
    }

    public RiskAssessmentState state() {
        return state;
    }

    /** The fields in the profile's order. */
    public Map<String, String> fields() {
        return Collections.unmodifiableMap(fields);
    }

    public Instant assessedAt() {
        return assessedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public boolean reportedLate() {
        return reportedLate;
    }

    public String category() {
        return category;
    }

    public String categorisedBy() {
        return categorisedBy;
    }

    public Instant categorisedAt() {
        return categorisedAt;
    }

    public String requestText() {
        return requestText;
    }

    public String responseText() {
        return responseText;
    }

    public Instant updateDueAt() {
        return updateDueAt;
    }

    public DueKind answerKind() {
        return answerKind;
    }

    public Instant answerDueAt() {
        return answerDueAt;
    }

    /** The next date the provider must act by: the answer to an open request, else the next assessment. */
    public Instant nextDueAt() {
        return answerDueAt != null && answerDueAt.isBefore(updateDueAt) ? answerDueAt : updateDueAt;
    }

    public DueKind overdueKind() {
        return overdueKind;
    }

    public Instant overdueSince() {
        return overdueSince;
    }

    public Instant stateChangedAt() {
        return stateChangedAt;
    }

    public List<RiskAssessmentStatusChange> history() {
        return Collections.unmodifiableList(history);
    }
}
