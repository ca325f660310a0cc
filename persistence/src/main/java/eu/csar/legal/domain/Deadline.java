package eu.csar.legal.domain;

import eu.csar.legal.api.DeadlineId;
import eu.csar.legal.api.DeadlinePlan;
import eu.csar.legal.api.DeadlineState;
import eu.csar.legal.api.DeadlineSubject;
import eu.csar.legal.api.DeadlineView;
import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileRef;
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

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One legal deadline of one case: the period it runs (from the profile version the case was opened
 * under), from when, until when, and where it stands. It moves only as {@link DeadlineLifecycle}
 * allows, each move recorded as a {@link DeadlineStatusChange} (who, when, why, the due time after
 * the move); due times come from {@link DeadlineCalculator}. Whether it is reached is decided by the
 * sweep against the platform clock, never by a timer of its own.
 */
@Entity
@Table(name = "deadlines")
public class Deadline {

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "kind", nullable = false, updatable = false, length = 100)
    private String kind;

    @Column(name = "subject_type", nullable = false, updatable = false, length = 100)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false, length = 100)
    private String subjectId;

    @Column(name = "profile_id", nullable = false, updatable = false, length = 100)
    private String profileId;

    @Column(name = "profile_version", nullable = false, updatable = false)
    private int profileVersion;

    /** The legal period in the profile's form (PT24H, P3M). */
    @Column(name = "rule", nullable = false, updatable = false, length = 20)
    private String rule;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private DeadlineState state;

    @Column(name = "paused_at")
    private Instant pausedAt;

    @Column(name = "remaining_ms")
    private Long remainingMillis;

    @Column(name = "reminder_before", updatable = false, length = 20)
    private String reminderBefore;

    @Column(name = "reminder_at")
    private Instant reminderAt;

    @Column(name = "reminder_sent_at")
    private Instant reminderSentAt;

    @Column(name = "escalate_after", updatable = false, length = 20)
    private String escalateAfter;

    @Column(name = "escalate_at")
    private Instant escalateAt;

    @Column(name = "escalate_to", updatable = false, length = 100)
    private String escalateTo;

    @Column(name = "escalation_level", nullable = false)
    private int escalationLevel;

    @Column(name = "extensions", nullable = false)
    private int extensions;

    @Column(name = "fired_at")
    private Instant firedAt;

    @OneToMany(mappedBy = "deadline", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("occurredAt")
    private List<DeadlineStatusChange> history = new ArrayList<>();

    protected Deadline() {
    }

    /** A new deadline from {@code plan}, starting at the plan's start or, without one, at {@code now}. */
    public static Deadline schedule(DeadlinePlan plan, String actor, Instant now) {
        Deadline d = new Deadline();
        d.id = UUID.randomUUID();
        d.kind = plan.kind();
        d.subjectType = plan.subject().type();
        d.subjectId = plan.subject().id();
        d.profileId = plan.profile().profileId();
        d.profileVersion = plan.profile().version();
        d.rule = plan.period().iso();
        d.reminderBefore = plan.reminderBefore() == null ? null : plan.reminderBefore().iso();
        d.escalateAfter = plan.escalateAfter() == null ? null : plan.escalateAfter().iso();
        d.escalateTo = plan.escalateTo();
        d.state = DeadlineLifecycle.INITIAL;
        d.startAt(plan.start() == null ? now : plan.start());
        d.history.add(new DeadlineStatusChange(d, null, DeadlineEvent.SCHEDULE, d.state, d.dueAt, actor, null, now));
        return d;
    }

    /** Stops the clock (force majeure): the time left is kept until {@link #resume}. */
    public void pause(String actor, String reason, Instant now) {
        move(DeadlineEvent.PAUSE, actor, reason, now, () -> {
            remainingMillis = DeadlineCalculator.remainingAt(dueAt, now).toMillis();
            pausedAt = micros(now);
        });
    }

    /** Restarts the clock: the time that was left runs on from {@code now}. */
    public void resume(String actor, String reason, Instant now) {
        move(DeadlineEvent.RESUME, actor, reason, now, () -> {
            dueAt = micros(DeadlineCalculator.resumed(now, Duration.ofMillis(remainingMillis)));
            pausedAt = null;
            remainingMillis = null;
            planReminderAndEscalation();
        });
    }

    /** Runs the whole period again from {@code now} (after clarification), also from a pause. */
    public void restart(String actor, String reason, Instant now) {
        move(DeadlineEvent.RESTART, actor, reason, now, () -> {
            pausedAt = null;
            remainingMillis = null;
            startAt(now);
        });
    }

    /** Adds {@code by} to the due time, if fewer than {@code allowed} extensions were granted. */
    public void extend(LegalPeriod by, int allowed, String actor, String reason, Instant now) {
        Instant extended = DeadlineCalculator.extended(dueAt, by, extensions, allowed);
        move(DeadlineEvent.EXTEND, actor, reason == null ? "extended by " + by : reason, now, () -> {
            dueAt = micros(extended);
            extensions++;
            planReminderAndEscalation();
        });
    }

    public void cancel(String actor, String reason, Instant now) {
        move(DeadlineEvent.CANCEL, actor, reason, now, () -> {
        });
    }

    /** Hands an overdue deadline one level up. */
    public void escalate(String actor, String reason, Instant now) {
        move(DeadlineEvent.ESCALATE, actor, reason, now, () -> {
            escalationLevel++;
            escalateAt = null;
        });
    }

    /** Records that the reminder went out; the deadline keeps running. */
    public void remind(String actor, Instant now) {
        if (reminderSentAt != null) {
            throw new IllegalStateException("the reminder of " + id + " went out already");
        }
        move(DeadlineEvent.REMIND, actor, "reminder " + reminderBefore + " before the due time", now,
                () -> reminderSentAt = micros(now));
    }

    /** The due time was reached: the deadline is fired, once. */
    public void fire(String actor, Instant now) {
        move(DeadlineEvent.FIRE, actor, "due at " + dueAt, now, () -> firedAt = micros(now));
    }

    /** What the sweep must do for this deadline at {@code now}, if anything; the due time before the reminder. */
    public Optional<Step> stepAt(Instant now) {
        if (state == DeadlineState.SCHEDULED && DeadlineCalculator.isReached(dueAt, now)) {
            return Optional.of(Step.FIRE);
        }
        if (state == DeadlineState.SCHEDULED && reminderAt != null && reminderSentAt == null
                && DeadlineCalculator.isReached(reminderAt, now)) {
            return Optional.of(Step.REMIND);
        }
        if (state == DeadlineState.FIRED && escalateAt != null && DeadlineCalculator.isReached(escalateAt, now)) {
            return Optional.of(Step.ESCALATE);
        }
        return Optional.empty();
    }

    /** What the sweep does for a deadline it claimed. */
    public enum Step { REMIND, FIRE, ESCALATE }

    private void startAt(Instant start) {
        startedAt = micros(start);
        dueAt = micros(DeadlineCalculator.due(start, LegalPeriod.parse(rule)));
        reminderSentAt = null;
        planReminderAndEscalation();
    }

    private void planReminderAndEscalation() {
        reminderAt = reminderBefore == null ? null : micros(DeadlineCalculator.latestBefore(dueAt, LegalPeriod.parse(reminderBefore)));
        escalateAt = escalateAfter == null ? null : micros(LegalPeriod.parse(escalateAfter).after(dueAt));
    }

    private void move(DeadlineEvent event, String actor, String reason, Instant now, Runnable change) {
        DeadlineState next = DeadlineLifecycle.TABLE.next(state, event);
        DeadlineState from = state;
        change.run();
        state = next;
        history.add(new DeadlineStatusChange(this, from, event, next, dueAt, actor, reason, now));
    }

    private static Instant micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    public DeadlineId id() {
        return new DeadlineId(id);
    }

    public DeadlineState state() {
        return state;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Optional<Instant> reminderAt() {
        return Optional.ofNullable(reminderAt);
    }

    public Optional<Instant> escalateAt() {
        return Optional.ofNullable(escalateAt);
    }

    public String kind() {
        return kind;
    }

    public DeadlineSubject subject() {
        return new DeadlineSubject(subjectType, subjectId);
    }

    public ProfileRef profile() {
        return new ProfileRef(profileId, profileVersion);
    }

    public String escalateTo() {
        return escalateTo;
    }

    public int escalationLevel() {
        return escalationLevel;
    }

    public int extensions() {
        return extensions;
    }

    public List<DeadlineStatusChange> history() {
        return List.copyOf(history);
    }

    public DeadlineView view() {
        return new DeadlineView(id(), kind, subject(), profile(), rule, startedAt, dueAt, state,
                remainingMillis == null ? null : Duration.ofMillis(remainingMillis), reminderAt, escalateAt, escalateTo,
                escalationLevel, extensions);
    }
}
