package eu.csar.legal.application;

import eu.csar.audit.application.AuditRecorder;
import eu.csar.legal.api.DeadlineId;
import eu.csar.legal.api.DeadlineWasReached;
import eu.csar.legal.domain.Deadline;
import eu.csar.legal.domain.DeadlineAction;
import eu.csar.legal.domain.DeadlineRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One step of the sweep, in a transaction of its own: claim the next deadline with work due (locked,
 * skipping rows another sweep holds), do that work (fire, remind or escalate; the history row and the
 * audit entry), and tell the owning workflow ({@link DeadlineWasReached}, observed in this same
 * transaction). Everything commits together or not at all: a deadline is fired exactly once.
 * An internal bean of {@link DeadlineSweep}.
 */
@ApplicationScoped
public class DeadlineFiring {

    @Inject
    DeadlineRepository deadlines;

    @Inject
    AuditRecorder audit;

    @Inject
    Event<DeadlineWasReached> reached;

    /**
     * Fires the next due deadline at {@code now}, other than those in {@code skip}.
     *
     * @return what was reached; empty when nothing (else) is due
     * @throws Failed when that deadline's work failed; its transaction is rolled back
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<DeadlineWasReached> fireNext(Instant now, Set<UUID> skip) {
        Optional<Deadline> claimed = deadlines.claimNextDue(now, skip);
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        Deadline deadline = claimed.get();
        try {
            DeadlineWasReached event = step(deadline, now);
            deadlines.flush();
            reached.fire(event);
            deadlines.flush();
            return Optional.of(event);
        } catch (RuntimeException e) {
            throw new Failed(deadline.id(), e);
        }
    }

    private DeadlineWasReached step(Deadline d, Instant now) {
        Deadline.Step step = d.stepAt(now).orElseThrow(() -> new IllegalStateException("claimed " + d.id() + " with nothing due"));
        String actor = audit.actorName();
        DeadlineWasReached.Occasion occasion;
        DeadlineAction action;
        switch (step) {
            case REMIND -> {
                d.remind(actor, now);
                occasion = DeadlineWasReached.Occasion.REMINDER;
                action = DeadlineAction.DEADLINE_REMINDER_SENT;
            }
            case FIRE -> {
                d.fire(actor, now);
                occasion = DeadlineWasReached.Occasion.DUE;
                action = DeadlineAction.DEADLINE_FIRED;
            }
            default -> {
                d.escalate(actor, "overdue since " + d.dueAt(), now);
                occasion = DeadlineWasReached.Occasion.ESCALATION;
                action = DeadlineAction.DEADLINE_ESCALATED;
            }
        }
        audit.success(action, d.id(), "deadline sweep: " + d.kind() + " of " + d.subject() + ", due " + d.dueAt());
        return new DeadlineWasReached(d.id(), d.kind(), d.subject(), d.profile(), occasion, d.dueAt(), now, d.escalateTo());
    }

    /** The work on one claimed deadline failed; names the deadline so that the sweep skips it this time. */
    public static final class Failed extends RuntimeException {
        private final DeadlineId deadline;

        Failed(DeadlineId deadline, RuntimeException cause) {
            super("deadline " + deadline + ": " + cause, cause);
            this.deadline = deadline;
        }

        public DeadlineId deadline() {
            return deadline;
        }
    }
}
