package eu.csar.indicators.domain;

import eu.csar.indicators.api.IndicatorId;
import eu.csar.indicators.api.IndicatorKind;
import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.indicators.api.IndicatorState;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One indicator of a set: a PDQ hash with its quality, an MD5 or SHA-256 digest, or a URL; never
 * content. Its state moves only as {@link IndicatorLifecycle} allows, each move a
 * {@link IndicatorStatusChange}; it matches while {@link #matchable()}: ACTIVE with at least one
 * provenance link not withdrawn.
 */
@Entity
@Table(name = "indicators")
public class Indicator {

    @Id
    private UUID id;

    /** The compact key of the match index; assigned by the database (identity), read on load. */
    @Column(name = "seq", insertable = false, updatable = false)
    private Long seq;

    @Version
    private long version;

    @Column(name = "set_id", nullable = false, updatable = false)
    private UUID setId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private IndicatorKind kind;

    @Column(name = "value", nullable = false, updatable = false)
    private String value;

    @Column(name = "quality", updatable = false)
    private Short quality;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private IndicatorState state;

    @Column(name = "disabled_until")
    private Instant disabledUntil;

    @Column(name = "retired_reason")
    private String retiredReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "state_changed_at", nullable = false)
    private Instant stateChangedAt;

    @Column(name = "review_due_at")
    private Instant reviewDueAt;

    @OneToMany(mappedBy = "indicator", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("occurredAt")
    private List<IndicatorStatusChange> history = new ArrayList<>();

    @OneToMany(mappedBy = "indicator", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("addedAt")
    private List<Provenance> provenance = new ArrayList<>();

    protected Indicator() {
    }

    private Indicator(IndicatorSetId set, IndicatorKind kind, String value, Integer quality, Instant at) {
        this.id = UUID.randomUUID();
        this.setId = set.value();
        this.kind = Objects.requireNonNull(kind, "kind");
        this.value = Objects.requireNonNull(value, "value");
        this.quality = quality == null ? null : quality.shortValue();
        this.state = IndicatorLifecycle.INITIAL;
        this.createdAt = at.truncatedTo(ChronoUnit.MICROS);
        this.stateChangedAt = createdAt;
    }

    /**
     * A new indicator, SUBMITTED, linked to the submission that named it; its history opens with
     * the submission.
     */
    public static Indicator submitted(IndicatorSetId set, IndicatorKind kind, String value, Integer quality,
                                      Submission submission, String label, String actor, Instant at) {
        if ((kind == IndicatorKind.PDQ) != (quality != null)) {
            throw new IllegalArgumentException("a PDQ hash, and only a PDQ hash, has a quality");
        }
        Indicator indicator = new Indicator(set, kind, value, quality, at);
        indicator.history.add(new IndicatorStatusChange(indicator, null, IndicatorStatusChange.SUBMIT,
                indicator.state, actor, null, at));
        indicator.link(submission, label, at);
        return indicator;
    }

    /** Adds a provenance link from {@code submission} (a duplicate submitted again is linked, never copied). */
    public Provenance link(Submission submission, String label, Instant at) {
        Provenance link = new Provenance(this, submission, label, at);
        provenance.add(link);
        return link;
    }

    /**
     * Applies {@code event} as the workflow allows it, writing the history row.
     *
     * @param until for DISABLE only: when the indicator is enabled again by itself (null: until enabled)
     * @throws RuleViolationException if the workflow does not allow it now, or a retirement,
     *         disablement or quarantine has no reason
     */
    public void apply(IndicatorEvent event, String reason, Instant until, String actor, Instant at) {
        boolean needsReason = event == IndicatorEvent.RETIRE || event == IndicatorEvent.DISABLE
                || event == IndicatorEvent.QUARANTINE;
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        if (event == IndicatorEvent.REJECT && why == null) {
            why = IndicatorLifecycle.REJECTED_AT_VERIFICATION;
        }
        if (needsReason && why == null) {
            throw RuleViolationException.invalid("reason",
                    "A reason is needed to " + event.name().toLowerCase(java.util.Locale.ROOT) + " an indicator");
        }
        if (event == IndicatorEvent.DISABLE && until != null && !until.isAfter(at)) {
            throw RuleViolationException.invalid("until",
                    "A disablement ends in the future");
        }
        IndicatorState next = IndicatorLifecycle.TABLE.next(state, event);
        history.add(new IndicatorStatusChange(this, state, event.name(), next, actor, why, at));
        this.state = next;
        this.stateChangedAt = at.truncatedTo(ChronoUnit.MICROS);
        this.disabledUntil = event == IndicatorEvent.DISABLE && until != null ? until.truncatedTo(ChronoUnit.MICROS) : null;
        if (next == IndicatorState.RETIRED) {
            this.retiredReason = why;
        }
    }

    /** Sets when the necessity of this indicator must next be confirmed (Art 46). */
    public void reviewDue(Instant due) {
        this.reviewDueAt = due == null ? null : due.truncatedTo(ChronoUnit.MICROS);
    }

    /** Whether it matches now: ACTIVE and at least one provenance link not withdrawn. */
    public boolean matchable() {
        return state == IndicatorState.ACTIVE && provenance.stream().anyMatch(Provenance::live);
    }

    /** What the workflow allows next. */
    public Set<IndicatorEvent> possibleEvents() {
        return IndicatorLifecycle.TABLE.eventsFrom(state);
    }

    /** The link of {@code submission}, if it named this indicator. */
    public Optional<Provenance> linkOf(Submission submission) {
        UUID sub = submission.id().value();
        return provenance.stream().filter(p -> p.submission().map(s -> s.value().equals(sub)).orElse(false)).findFirst();
    }

    /** Marks the link of {@code submission} verified (four eyes done). */
    public void verifyLink(Submission submission) {
        linkOf(submission).ifPresent(Provenance::markVerified);
    }

    /** Withdraws the link of {@code submission} (a line rejected at verification). */
    public void withdrawLink(Submission submission, String reason, Instant at) {
        linkOf(submission).ifPresent(p -> p.withdraw(reason, at));
    }

    public IndicatorId id() {
        return new IndicatorId(id);
    }

    /** Null until the row has been read back from the database. */
    public Long seq() {
        return seq;
    }

    public long version() {
        return version;
    }

    public IndicatorSetId setId() {
        return new IndicatorSetId(setId);
    }

    public IndicatorKind kind() {
        return kind;
    }

    public String value() {
        return value;
    }

    public Integer quality() {
        return quality == null ? null : quality.intValue();
    }

    public IndicatorState state() {
        return state;
    }

    public Instant disabledUntil() {
        return disabledUntil;
    }

    public String retiredReason() {
        return retiredReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant stateChangedAt() {
        return stateChangedAt;
    }

    public Instant reviewDueAt() {
        return reviewDueAt;
    }

    public List<IndicatorStatusChange> history() {
        return Collections.unmodifiableList(history);
    }

    public List<Provenance> provenance() {
        return Collections.unmodifiableList(provenance);
    }
}
