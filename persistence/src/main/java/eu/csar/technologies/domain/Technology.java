package eu.csar.technologies.domain;

import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileRef;
import eu.csar.technologies.api.ApprovedTechnology;
import eu.csar.technologies.api.TechnologyId;
import eu.csar.technologies.api.TechnologyState;
import eu.csar.technologies.api.TechnologyType;
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

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static eu.csar.shared.domain.DomainInputs.micros;
import static eu.csar.shared.domain.DomainInputs.required;
import static eu.csar.shared.domain.RuleViolationException.invalid;

/**
 * An entry of the technology register (Art 50): a detection technology the EU Centre makes available
 * free of charge, with its version, type, supplier, description and documented error rates (false
 * positive and false negative rates in percent, and how they were measured). Before it is listed the
 * Centre asks its Technology Committee, then the European Data Protection Board, for an opinion; each
 * is due within the legal profile's period ({@code technology.opinion-period}, 8 weeks) from the
 * request, extendable once, before it ends, by {@code technology.opinion-extension} (6 weeks); an
 * opinion not given in time marks the entry overdue. Approval needs both opinions favourable (a
 * platform rule, pending legal review); the reference (e.g. {@code TECH-PDQ-1}) is how detection
 * orders name the technology. Moves by {@link TechnologyLifecycle}; every move writes a history row.
 * The entry keeps its state and the moves; the rules it applies are each in a class of their own: what
 * it says ({@link TechnologyFields}), a draft's edit ({@link DraftCorrection}), a new version's
 * predecessor ({@link VersionSuccession}), an opinion's extension ({@link OpinionExtension}), a recorded
 * opinion ({@link GivenOpinion}) and approval ({@link ApprovalCondition}).
 */
@Entity
@Table(name = "technologies")
public class Technology {

    public static final int MAX_NAME = 200;
    public static final int MAX_TEXT = 2000;
    public static final int MAX_REASON = 450;
    public static final int MAX_OPINION_REFERENCE = 200;
    /** A reference: capitals, digits, dot, dash or underscore; what a detection order names. */
    public static final Pattern REFERENCE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{1,39}");

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "reference", nullable = false, updatable = false)
    private String reference;

    @Column(name = "name", nullable = false, updatable = false)
    private String name;

    @Column(name = "technology_version", nullable = false, updatable = false)
    private String technologyVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, updatable = false)
    private TechnologyType type;

    @Column(name = "supplier", nullable = false, updatable = false)
    private String supplier;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "false_positive_rate", nullable = false)
    private BigDecimal falsePositiveRate;

    @Column(name = "false_negative_rate", nullable = false)
    private BigDecimal falseNegativeRate;

    @Column(name = "error_rate_method", nullable = false)
    private String errorRateMethod;

    @Column(name = "internal_notes", updatable = false)
    private String internalNotes;

    @Column(name = "profile_id", nullable = false, updatable = false)
    private String profileId;

    @Column(name = "profile_version", nullable = false, updatable = false)
    private int profileVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private TechnologyState state;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "state_changed_at", nullable = false)
    private Instant stateChangedAt;

    @Column(name = "opinion_requested_at")
    private Instant opinionRequestedAt;

    @Column(name = "opinion_due_at")
    private Instant opinionDueAt;

    @Column(name = "opinion_extended", nullable = false)
    private boolean opinionExtended;

    @Column(name = "opinion_overdue", nullable = false)
    private boolean opinionOverdue;

    @Column(name = "opinion_deadline_id")
    private UUID opinionDeadlineId;

    @Column(name = "committee_opinion_date")
    private LocalDate committeeOpinionDate;

    @Column(name = "committee_favourable")
    private Boolean committeeFavourable;

    @Column(name = "committee_reference")
    private String committeeReference;

    @Column(name = "edpb_opinion_date")
    private LocalDate edpbOpinionDate;

    @Column(name = "edpb_favourable")
    private Boolean edpbFavourable;

    @Column(name = "edpb_reference")
    private String edpbReference;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "predecessor_id", updatable = false)
    private UUID predecessorId;

    @OneToMany(mappedBy = "technology", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("occurredAt")
    private List<TechnologyStatusChange> history = new ArrayList<>();

    protected Technology() {
    }

    /** What a new entry describes; rates in percent (0-100, at most 4 decimals). */
    public record Description(String reference, String name, String version, TechnologyType type, String supplier,
                              String description, BigDecimal falsePositiveRate, BigDecimal falseNegativeRate,
                              String errorRateMethod, String internalNotes) {
    }

    /** A new DRAFT entry, running under the legal-profile version {@code profile}; its history opened. */
    public static Technology create(Description d, ProfileRef profile, String actor, Instant at) {
        String reference = required(d.reference(), "reference", "A reference such as TECH-PDQ-2");
        if (!REFERENCE.matcher(reference).matches()) {
            throw invalid("reference", "2 to 40 capitals, digits, '.', '-' or '_', starting with a capital or digit, e.g. TECH-PDQ-2");
        }
        if (d.type() == null) {
            throw invalid("type", "KNOWN, NEW or GROOMING");
        }
        Technology t = new Technology();
        Instant now = micros(at);
        t.id = UUID.randomUUID();
        t.reference = reference;
        t.name = TechnologyFields.requiredText(d.name(), "name", "A technology has a name", MAX_NAME);
        t.technologyVersion = TechnologyFields.requiredText(d.version(), "version", "The version the opinions are about", 50);
        t.type = d.type();
        t.supplier = TechnologyFields.requiredText(d.supplier(), "supplier", "Who supplies the technology", MAX_NAME);
        t.description = TechnologyFields.requiredText(d.description(), "description", "What the technology does", MAX_TEXT);
        t.falsePositiveRate = TechnologyFields.rate(d.falsePositiveRate(), "falsePositiveRate");
        t.falseNegativeRate = TechnologyFields.rate(d.falseNegativeRate(), "falseNegativeRate");
        t.errorRateMethod = TechnologyFields.requiredText(d.errorRateMethod(), "errorRateMethod",
                "How the error rates were measured (data set, size, threshold)", MAX_TEXT);
        t.internalNotes = d.internalNotes() == null || d.internalNotes().isBlank() ? null
                : TechnologyFields.bounded(d.internalNotes().trim(), "internalNotes", MAX_TEXT);
        t.profileId = Objects.requireNonNull(profile, "profile").profileId();
        t.profileVersion = profile.version();
        t.state = TechnologyLifecycle.INITIAL;
        t.createdBy = actor;
        t.createdAt = now;
        t.stateChangedAt = now;
        t.history.add(new TechnologyStatusChange(t, null, TechnologyLifecycle.CREATE_EVENT, t.state, "Art 50(1)", actor, null, now));
        return t;
    }

    /**
     * A new DRAFT version of {@code predecessor}: that entry must be APPROVED, the new one of the same name
     * and type with a higher version ({@code 2.10} after {@code 2.9}); otherwise refused at the field that
     * is wrong ({@link VersionSuccession}). The predecessor is not touched: it stays approved until an admin withdraws it.
     */
    public static Technology createSuccessor(Description d, Technology predecessor, ProfileRef profile, String actor, Instant at) {
        Technology t = create(d, profile, actor, at);
        VersionSuccession.check(t, predecessor);
        t.predecessorId = predecessor.id;
        return t;
    }

    /** What a DRAFT's edit may change: the description, the error rates in percent and how they were measured; null keeps a field. */
    public record DraftEdit(String description, BigDecimal falsePositiveRate, BigDecimal falseNegativeRate, String errorRateMethod) {
    }

    /**
     * Changes what a DRAFT describes (its description, error rates and how they were measured), each
     * checked as on creation and named at its field when wrong (a null field is kept); only while the entry is a DRAFT (after it
     * went to the committee the opinions are about what it said then: refused as not permitted in its
     * state), and only if something changes ({@link DraftCorrection}). The history row names the fields changed.
     */
    public void editDraft(DraftEdit edit, String actor, Instant at) {
        TechnologyLifecycle.TABLE.next(state, TechnologyEvent.EDIT_DRAFT);
        DraftCorrection correction = DraftCorrection.of(this, edit);
        move(TechnologyEvent.EDIT_DRAFT, correction.summary(), actor, micros(at));
        description = correction.description();
        falsePositiveRate = correction.falsePositiveRate();
        falseNegativeRate = correction.falseNegativeRate();
        errorRateMethod = correction.errorRateMethod();
    }

    /** Asks the Technology Committee for its opinion, due {@code period} (the profile's) from now. */
    public void submitToCommittee(LegalPeriod period, String reason, String actor, Instant at) {
        Instant now = micros(at);
        move(TechnologyEvent.SUBMIT_TO_COMMITTEE, TechnologyFields.optional(reason, "reason"), actor, now);
        request(period, now);
    }

    /**
     * The consulted body extends its period once by {@code extension} (the profile's), before the period
     * ends, with its reasons (Art 50(1)): a second extension, or one after the due time, is refused. When
     * the profile gives {@code noticePeriod} ({@code technology.opinion-extension-notice-period}, one
     * month), the extension must also be announced within it from the request ("within one month of
     * receipt of the request"): exactly at its end is in time, later is refused. Null: no such limit
     * ({@link OpinionExtension}).
     */
    public void extendOpinionPeriod(LegalPeriod extension, LegalPeriod noticePeriod, String reason, String actor, Instant at) {
        TechnologyLifecycle.TABLE.next(state, TechnologyEvent.EXTEND_OPINION_PERIOD);
        String why = required(reason, "reason", "An extension gives the consulted body's reasons for the delay");
        OpinionExtension.check(opinionExtended, opinionRequestedAt, opinionDueAt, noticePeriod, at);
        Instant now = micros(at);
        move(TechnologyEvent.EXTEND_OPINION_PERIOD, TechnologyFields.optional(why, "reason"), actor, now);
        opinionDueAt = extension.after(opinionDueAt);
        opinionExtended = true;
        opinionOverdue = false;
    }

    /** Records the Technology Committee's opinion: its date (not in the future), whether favourable, its reference. */
    public void recordCommitteeOpinion(LocalDate date, Boolean favourable, String opinionReference, String actor, Instant at) {
        TechnologyLifecycle.TABLE.next(state, TechnologyEvent.RECORD_COMMITTEE_OPINION);
        GivenOpinion.check(date, favourable, opinionReference, at);
        move(TechnologyEvent.RECORD_COMMITTEE_OPINION, GivenOpinion.text(favourable, opinionReference), actor, micros(at));
        committeeOpinionDate = date;
        committeeFavourable = favourable;
        committeeReference = opinionReference.trim();
        opinionAnswered();
    }

    /** Asks the EDPB for its opinion, due {@code period} (the profile's) from now. */
    public void consultEdpb(LegalPeriod period, String reason, String actor, Instant at) {
        Instant now = micros(at);
        move(TechnologyEvent.CONSULT_EDPB, TechnologyFields.optional(reason, "reason"), actor, now);
        request(period, now);
    }

    /** Records the EDPB's opinion: its date (not in the future), whether favourable, its reference. */
    public void recordEdpbOpinion(LocalDate date, Boolean favourable, String opinionReference, String actor, Instant at) {
        TechnologyLifecycle.TABLE.next(state, TechnologyEvent.RECORD_EDPB_OPINION);
        GivenOpinion.check(date, favourable, opinionReference, at);
        move(TechnologyEvent.RECORD_EDPB_OPINION, GivenOpinion.text(favourable, opinionReference), actor, micros(at));
        edpbOpinionDate = date;
        edpbFavourable = favourable;
        edpbReference = opinionReference.trim();
        opinionAnswered();
    }

    /** Lists the technology: only after both opinions, both favourable ({@link ApprovalCondition}). */
    public void approve(String reason, String actor, Instant at) {
        TechnologyLifecycle.TABLE.next(state, TechnologyEvent.APPROVE);
        ApprovalCondition.check(committeeFavourable, edpbFavourable);
        Instant now = micros(at);
        move(TechnologyEvent.APPROVE, TechnologyFields.optional(reason, "reason"), actor, now);
        approvedAt = now;
    }

    /** The technology is not listed, with a reason. */
    public void reject(String reason, String actor, Instant at) {
        TechnologyLifecycle.TABLE.next(state, TechnologyEvent.REJECT);
        move(TechnologyEvent.REJECT, TechnologyFields.optional(required(reason, "reason", "A rejection has a reason"), "reason"), actor,
                micros(at));
    }

    /** An approved technology is taken off the list (or a draft abandoned), with a reason. */
    public void withdraw(String reason, String actor, Instant at) {
        TechnologyLifecycle.TABLE.next(state, TechnologyEvent.WITHDRAW);
        move(TechnologyEvent.WITHDRAW, TechnologyFields.optional(required(reason, "reason", "A withdrawal has a reason"), "reason"),
                actor, micros(at));
    }

    /**
     * The awaited opinion's period ended at {@code due} without it: marks the entry overdue, once.
     * False (nothing changed) when no opinion is awaited any more, or the period was moved since.
     */
    public boolean markOpinionOverdue(Instant due) {
        if (!isAwaitingOpinion() || opinionOverdue || opinionDueAt == null || opinionDueAt.isAfter(due)) {
            return false;
        }
        opinionOverdue = true;
        return true;
    }

    /** Whether an opinion is awaited now (the committee's or the EDPB's). */
    public boolean isAwaitingOpinion() {
        return state == TechnologyState.SUBMITTED_TO_COMMITTEE || state == TechnologyState.EDPB_CONSULTED;
    }

    /** Remembers the deadline service's deadline for the awaited opinion. */
    public void trackOpinionDeadline(UUID deadline) {
        this.opinionDeadlineId = deadline;
    }

    /** The public shape, for the approved list. */
    public ApprovedTechnology approved() {
        return new ApprovedTechnology(id(), reference, name, technologyVersion, type, supplier, description, falsePositiveRate,
                falseNegativeRate, errorRateMethod, approvedAt);
    }

    private void request(LegalPeriod period, Instant now) {
        opinionRequestedAt = now;
        opinionDueAt = Objects.requireNonNull(period, "period").after(now);
        opinionExtended = false;
        opinionOverdue = false;
        opinionDeadlineId = null;
    }

    private void opinionAnswered() {
        opinionOverdue = false;
        opinionDueAt = null;
        opinionRequestedAt = null;
        opinionExtended = false;
    }

    private void move(TechnologyEvent event, String reason, String actor, Instant at) {
        TechnologyState from = state;
        TechnologyState to = TechnologyLifecycle.TABLE.next(from, event);
        state = to;
        stateChangedAt = at;
        history.add(new TechnologyStatusChange(this, from, event.name(), to, event.legalBasis(), actor, reason, at));
    }

    public Set<TechnologyEvent> possibleEvents() {
        return TechnologyLifecycle.TABLE.eventsFrom(state);
    }

    public TechnologyId id() {
        return new TechnologyId(id);
    }

    public long version() {
        return version;
    }

    /** The reference detection orders name, e.g. {@code TECH-PDQ-1}. */
    public String reference() {
        return reference;
    }

    public String name() {
        return name;
    }

    public String technologyVersion() {
        return technologyVersion;
    }

    public TechnologyType type() {
        return type;
    }

    public String supplier() {
        return supplier;
    }

    public String description() {
        return description;
    }

    public BigDecimal falsePositiveRate() {
        return falsePositiveRate;
    }

    public BigDecimal falseNegativeRate() {
        return falseNegativeRate;
    }

    public String errorRateMethod() {
        return errorRateMethod;
    }

    public String internalNotes() {
        return internalNotes;
    }

    public ProfileRef profile() {
        return new ProfileRef(profileId, profileVersion);
    }

    public TechnologyState state() {
        return state;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant stateChangedAt() {
        return stateChangedAt;
    }

    public Instant opinionRequestedAt() {
        return opinionRequestedAt;
    }

    public Instant opinionDueAt() {
        return opinionDueAt;
    }

    public boolean opinionExtended() {
        return opinionExtended;
    }

    public boolean opinionOverdue() {
        return opinionOverdue;
    }

    public UUID opinionDeadlineId() {
        return opinionDeadlineId;
    }

    public LocalDate committeeOpinionDate() {
        return committeeOpinionDate;
    }

    public Boolean committeeFavourable() {
        return committeeFavourable;
    }

    public String committeeReference() {
        return committeeReference;
    }

    public LocalDate edpbOpinionDate() {
        return edpbOpinionDate;
    }

    public Boolean edpbFavourable() {
        return edpbFavourable;
    }

    public String edpbReference() {
        return edpbReference;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    /** The entry this version succeeds, if any. */
    public java.util.Optional<TechnologyId> predecessor() {
        return java.util.Optional.ofNullable(predecessorId).map(TechnologyId::new);
    }

    public List<TechnologyStatusChange> history() {
        return Collections.unmodifiableList(history);
    }
}
