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
import jakarta.jms.Queue;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
 * ({@link TriageDeadLetters}); a redelivery that rolls back leaves it there.
 */
@Stateless
public class FailedDeliveries {

    /** The screen lists at most this many deliveries (the oldest first). */
    public static final int MAX_LISTED = 500;
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
    Clock clock;

    /** One FAILED or DEAD delivery with its delivery log. */
    public record FailedDelivery(UUID id, UUID reportId, String recipient, boolean urgent, DeliveryState state, int attempts,
                                 String lastError, Instant createdAt, List<Attempt> log) {
    }

    /** One row of the delivery log: when, what came of it, the HTTP status (null: no answer), the error. */
    public record Attempt(int attempt, Instant at, DeliveryState outcome, Integer httpStatus, String error) {
    }

    /** The FAILED and DEAD deliveries, oldest first, at most {@value #MAX_LISTED}. */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_AUDITOR})
    public List<FailedDelivery> list() {
        List<ReportDelivery> found = deliveries.inStates(List.of(DeliveryState.FAILED, DeliveryState.DEAD), MAX_LISTED);
        Map<UUID, List<Attempt>> logs = deliveries.attemptsOf(found.stream().map(ReportDelivery::id).toList()).stream()
                .collect(Collectors.groupingBy(DeliveryAttempt::deliveryId,
                        Collectors.mapping(FailedDeliveries::attempt, Collectors.toList())));
        return found.stream().map(d -> view(d, logs.getOrDefault(d.id(), List.of()))).toList();
    }

    /** Delivers FAILED or DEAD delivery {@code id} again; unknown: 404; in another state: 409. */
    @RolesAllowed(Roles.CENTRE_ADMIN)
    public FailedDelivery redeliver(@NotNull DeliveryId id) {
        ReportDelivery delivery = deliveries.findForUpdate(id.value()).orElseThrow(() -> {
            audit.refusal(ReportAction.REPORT_DELIVERY_REDELIVERED, null, PURPOSE + "; no delivery " + id, AuditOutcome.NOT_FOUND);
            return new UnknownObjectException("Delivery", id);
        });
        DeliveryState was = delivery.state();
        try {
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
        return view(delivery, List.of());
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

    private static FailedDelivery view(ReportDelivery d, List<Attempt> log) {
        return new FailedDelivery(d.id(), d.reportId().value(), d.recipient(), d.urgent(), d.state(), d.attempts(), d.lastError(),
                d.createdAt(), log);
    }

    private static Attempt attempt(DeliveryAttempt a) {
        return new Attempt(a.attempt(), a.attemptedAt(), a.outcome(), a.httpStatus(), a.error());
    }
}
