package eu.csar.legal.domain;

import eu.csar.legal.api.DeadlineState;
import eu.csar.shared.domain.StatusChange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * One move of a deadline, as {@link DeadlineLifecycle} allowed it: from which state (none for the
 * scheduling), on which event, to which state, the due time after the move, by whom, when and why.
 * Written by {@link Deadline} in the transaction of the move; never changed. A deadline's FIRE row is
 * the record that it fired, and there is at most one.
 */
@Entity
@Table(name = "deadline_status_changes")
public class DeadlineStatusChange extends StatusChange {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deadline_id", nullable = false, updatable = false)
    private Deadline deadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", updatable = false, length = 16)
    private DeadlineState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "event", nullable = false, updatable = false, length = 16)
    private DeadlineEvent event;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, updatable = false, length = 16)
    private DeadlineState toState;

    @Column(name = "due_at", nullable = false, updatable = false)
    private Instant dueAt;

    protected DeadlineStatusChange() {
    }

    DeadlineStatusChange(Deadline deadline, DeadlineState from, DeadlineEvent event, DeadlineState to, Instant dueAt,
                         String actor, String reason, Instant at) {
        super(actor, reason, at);
        this.deadline = deadline;
        this.fromState = from;
        this.event = event;
        this.toState = to;
        this.dueAt = dueAt.truncatedTo(ChronoUnit.MICROS);
    }

    /** Empty for the scheduling, the first row of every history. */
    public Optional<DeadlineState> fromState() {
        return Optional.ofNullable(fromState);
    }

    public DeadlineEvent event() {
        return event;
    }

    public DeadlineState toState() {
        return toState;
    }

    public Instant dueAt() {
        return dueAt;
    }
}
