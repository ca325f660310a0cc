package eu.csar.reports.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.reports.api.DeliveryId;
import eu.csar.reports.api.DeliveryMessages;
import eu.csar.reports.api.DeliveryState;
import eu.csar.reports.domain.DeliveryAttempt;
import eu.csar.reports.domain.DeliveryRepository;
import eu.csar.reports.domain.ReportAction;
import eu.csar.reports.domain.ReportDelivery;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The operator's view of forwarded reports' deliveries that need a person (issue 11 §4): FAILED
 * ones (the recipient refused them for good) and DEAD ones (every attempt failed), each with its
 * delivery log, oldest first. After an operator fixed the cause (typically the recipient's endpoint),
 * a centre administrator delivers one again: PENDING with the whole retry schedule ahead of it, its
 * job queued through the outbox in the same commit ({@link ForwardPlanner#queue}); the delivery id
 * stays, so a recipient that got it after all drops the repeat. Audited, refusals too. Auditors look.
 * A DEAD delivery's old job rests on {@code DLQ.ReportDeliveryQueue} (the broker moved it there after
 * the last attempt): the same transaction takes it off (XA: PostgreSQL, the outbox row and the broker),
 * so the dead-letter queue holds only deliveries nobody has dealt with, as the triage one does
 * ({@link TriageDeadLetters}); a redelivery that rolls back leaves it there. The list says, for each DEAD
 * delivery, whether its job is on that queue (one browse per list, bounded: {@value #MAX_BROWSED} messages).
 * <p>
 * Deliveries waiting too long ({@link #waiting}): PENDING ones that no job carries (the recipient pulls,
 * or pulled when they were made) and that nobody fetched within {@link ForwardingSettings#waitingAlarmAfter}.
 * One whose recipient pushes now is delivered again the same way as a FAILED one; one whose recipient
 * still pulls waits for its fetch.
 */
@Stateless
public class FailedDeliveries {

    /** The screen lists at most this many deliveries (the oldest first). */
    public static final int MAX_LISTED = 500;
    /** One list browses at most this many dead letters; beyond them, a DEAD delivery's job is "not checked". */
    public static final int MAX_BROWSED = 10_000;
    static final String PURPOSE = "forwarding (Art 48(3)); operator redelivery of a delivery";

    @Inject
    DeliveryRepository deliveries;

    @Inject
    ForwardPlanner planner;

    @Inject
    AuditRecorder audit;

    @Inject
    JMSContext jms;

    @Resource(lookup = DeliveryMessages.DEAD_LETTER_JNDI)
    Queue deadLetters;

    @Inject
    ForwardingSettings settings;

    @Inject
    Clock clock;

    @Inject
    DeliveriesWaitingTooLong waitingTooLong;

    /**
     * One FAILED or DEAD delivery with its delivery log and, for a DEAD one, whether its job is on the
     * dead-letter queue (null for a FAILED one: its job was consumed).
     */
    public record FailedDelivery(UUID id, UUID reportId, String recipient, boolean urgent, DeliveryState state, int attempts,
                                 String lastError, Instant createdAt, List<Attempt> log, DeadLetter deadLetter) {
    }

    /** Whether a DEAD delivery's job is on {@code DLQ.ReportDeliveryQueue}; NOT_CHECKED past {@value #MAX_BROWSED} messages. */
    public enum DeadLetter { YES, NO, NOT_CHECKED }

    /**
     * A PENDING delivery that no job carries and that has waited longer than the alarm allows: since when,
     * how long by now, and whether its recipient pulls now (else it pushes: an operator delivers it again).
     */
    public record WaitingDelivery(UUID id, UUID reportId, String recipient, boolean urgent, Instant waitingSince,
                                  Duration waited, boolean recipientPulls) {
    }

    /** One row of the delivery log: when, what came of it, the HTTP status (null: no answer), the error. */
    public record Attempt(int attempt, Instant at, DeliveryState outcome, Integer httpStatus, String error) {
    }

    /**
     * The FAILED and DEAD deliveries, oldest first, at most {@value #MAX_LISTED}; for the DEAD ones whether
     * their job is on the dead-letter queue (one browse of it, nothing consumed).
     */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_AUDITOR})
    public List<FailedDelivery> list() {
        List<ReportDelivery> found = deliveries.inStates(List.of(DeliveryState.FAILED, DeliveryState.DEAD), MAX_LISTED);
        Map<UUID, List<Attempt>> logs = deliveries.attemptsOf(found.stream().map(ReportDelivery::id).toList()).stream()
                .collect(Collectors.groupingBy(DeliveryAttempt::deliveryId,
                        Collectors.mapping(FailedDeliveries::attempt, Collectors.toList())));
        DeadLetters dead = found.stream().anyMatch(d -> d.state() == DeliveryState.DEAD) ? browseDeadLetters() : DeadLetters.NONE;
        return found.stream().map(d -> view(d, logs.getOrDefault(d.id(), List.of()), dead.of(d))).toList();
    }

    /**
     * The PENDING deliveries that no job carries (the recipient pulls, or pulled when they were made: no
     * due time) and that have waited longer than {@link ForwardingSettings#waitingAlarmAfter} (an urgent
     * report's shorter), urgent first, then the oldest, at most {@value #MAX_LISTED}.
     */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_AUDITOR})
    public List<WaitingDelivery> waiting() {
        Instant now = clock.instant();
        return waitingTooLong.at(now).stream()
                .map(d -> new WaitingDelivery(d.id(), d.reportId().value(), d.recipient(), d.urgent(), d.createdAt(),
                        Duration.between(d.createdAt(), now), settings.pulls(d.recipient())))
                .toList();
    }

    /**
     * Delivers FAILED or DEAD delivery {@code id} again, or a PENDING one that no job carries to a recipient
     * that pushes now; unknown: 404; in another state, or waiting for a recipient that still pulls: 409.
     */
    @RolesAllowed(Roles.CENTRE_ADMIN)
    public FailedDelivery redeliver(@NotNull DeliveryId id) {
        ReportDelivery delivery = deliveries.findForUpdate(id.value()).orElseThrow(() -> {
            audit.refusal(ReportAction.REPORT_DELIVERY_REDELIVERED, null, PURPOSE + "; no delivery " + id, AuditOutcome.NOT_FOUND);
            return new UnknownObjectException("Delivery", id);
        });
        DeliveryState was = delivery.state();
        try {
            if (was == DeliveryState.PENDING && settings.pulls(delivery.recipient())) {
                throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, "state", "delivery " + id
                        + " is PENDING for " + delivery.recipient() + ", which pulls: it waits for the recipient's fetch");
            }
            delivery.redeliver(clock.instant());
        } catch (RuleViolationException e) {
            audit.refusal(ReportAction.REPORT_DELIVERY_REDELIVERED, delivery.reportId(), PURPOSE + "; " + e.getMessage(),
                    AuditOutcome.REFUSED);
            throw e;
        }
        deliveries.flush();
        planner.queue(delivery);
        int taken = takeOffDeadLetters(id);
        audit.success(ReportAction.REPORT_DELIVERY_REDELIVERED, delivery.reportId(), ReportTriage.cut(PURPOSE + "; delivery " + id
                + " to " + delivery.recipient() + " was " + was + " after " + delivery.attempts() + " attempts"
                + (taken == 0 ? "" : ", its old job taken off the dead-letter queue") + ", last error: " + delivery.lastError(), 500));
        return view(delivery, List.of(), null);
    }

    /**
     * Takes the jobs of delivery {@code id} off the dead-letter queue, in the caller's transaction;
     * how many there were (a FAILED delivery's job was consumed: none; a DEAD one's: one).
     */
    private int takeOffDeadLetters(DeliveryId id) {
        int taken = 0;
        // the selector names a UUID's text only: a DeliveryId holds a UUID
        try (JMSConsumer consumer = jms.createConsumer(deadLetters, DeliveryMessages.DELIVERY_ID + " = '" + id.value() + "'")) {
            while (consumer.receiveNoWait() != null) {
                taken++;
            }
        }
        return taken;
    }

    /**
     * The delivery ids of the jobs on the dead-letter queue, from one browse (the messages stay), at most
     * {@value #MAX_BROWSED} messages: past them the browse stops and an id not seen is "not checked".
     */
    private DeadLetters browseDeadLetters() {
        Set<UUID> seen = new HashSet<>();
        int browsed = 0;
        try (QueueBrowser browser = jms.createBrowser(deadLetters)) {
            Enumeration<?> messages = browser.getEnumeration();
            while (messages.hasMoreElements()) {
                if (browsed == MAX_BROWSED) {
                    return new DeadLetters(seen, false);
                }
                browsed++;
                DeliveryMessages.deliveryOf(((Message) messages.nextElement()).getStringProperty(DeliveryMessages.DELIVERY_ID))
                        .ifPresent(seen::add);
            }
        } catch (JMSException e) {
            throw new IllegalStateException("cannot browse the delivery dead-letter queue", e);
        }
        return new DeadLetters(seen, true);
    }

    /** What one browse of the dead-letter queue found: the delivery ids, and whether it saw every message. */
    private record DeadLetters(Set<UUID> deliveryIds, boolean complete) {

        static final DeadLetters NONE = new DeadLetters(Set.of(), true);

        DeadLetter of(ReportDelivery d) {
            if (d.state() != DeliveryState.DEAD) {
                return null;
            }
            if (deliveryIds.contains(d.id())) {
                return DeadLetter.YES;
            }
            return complete ? DeadLetter.NO : DeadLetter.NOT_CHECKED;
        }
    }

    private static FailedDelivery view(ReportDelivery d, List<Attempt> log, DeadLetter deadLetter) {
        return new FailedDelivery(d.id(), d.reportId().value(), d.recipient(), d.urgent(), d.state(), d.attempts(), d.lastError(),
                d.createdAt(), log, deadLetter);
    }

    private static Attempt attempt(DeliveryAttempt a) {
        return new Attempt(a.attempt(), a.attemptedAt(), a.outcome(), a.httpStatus(), a.error());
    }
}
