package eu.csar.reports.domain;

import eu.csar.reports.api.DeliveryState;
import eu.csar.reports.api.ReportId;
import eu.csar.shared.domain.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * One delivery of a forwarded report to one recipient (Art 48(3)): a Member State's law-enforcement
 * authority (its ISO code) or Europol. Its id travels with every attempt, so that the recipient drops
 * a repeat. PENDING until an attempt succeeds (DELIVERED), the recipient refuses it for good (FAILED),
 * or the last attempt of the {@link DeliveryBackoff} failed (DEAD); a settled delivery changes only
 * when an operator delivers a FAILED or DEAD one again ({@link #redeliver}): PENDING, with the whole
 * backoff ahead of it. A recipient that pulls acknowledges a PENDING delivery ({@link #acknowledged}).
 * A PENDING delivery that no job carries (its recipient pulls: {@link #waitForFetch}) has no due time;
 * one with a due time has a job on its way, so an operator delivers only the former again.
 */
@Entity
@Table(name = "report_deliveries")
public class ReportDelivery {

    public static final int MAX_ERROR = 500;

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "report_id", nullable = false, updatable = false)
    private UUID reportId;

    @Column(name = "recipient", nullable = false, updatable = false)
    private String recipient;

    @Column(name = "urgent", nullable = false, updatable = false)
    private boolean urgent;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private DeliveryState state;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    /** The attempts made before the last operator redelivery: the backoff counts from here. */
    @Column(name = "redelivered_after", nullable = false)
    private int redeliveredAfter;

    protected ReportDelivery() {
    }

    /** A PENDING delivery of {@code report} to {@code recipient}, due now. */
    public ReportDelivery(ReportId report, String recipient, boolean urgent, Instant at) {
        this.id = UUID.randomUUID();
        this.reportId = Objects.requireNonNull(report, "report").value();
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.urgent = urgent;
        this.state = DeliveryState.PENDING;
        this.createdAt = micros(at);
        this.nextAttemptAt = createdAt;
    }

    /** The recipient acknowledged attempt number {@link #attempts()} (counted here). */
    public DeliveryAttempt delivered(int httpStatus, Instant at) {
        return settleDelivered(httpStatus, at);
    }

    /**
     * A recipient that pulls its deliveries acknowledged this one: DELIVERED, in the delivery log as
     * an attempt without an HTTP status. Only a PENDING delivery is acknowledged (the caller answers
     * a repeated acknowledgement of a DELIVERED one without calling this).
     */
    public DeliveryAttempt acknowledged(Instant at) {
        return settleDelivered(null, at);
    }

    private DeliveryAttempt settleDelivered(Integer httpStatus, Instant at) {
        checkPending();
        attempts++;
        state = DeliveryState.DELIVERED;
        deliveredAt = micros(at);
        nextAttemptAt = null;
        return new DeliveryAttempt(this, attempts, DeliveryState.DELIVERED, httpStatus, null, deliveredAt);
    }

    /**
     * An operator delivers a FAILED or DEAD delivery again (after fixing the recipient's endpoint):
     * PENDING, due at once, with every attempt of the backoff ahead of it; the attempts so far stay
     * counted and in the delivery log. So is a PENDING delivery that no job carries ({@link #waitsWithoutJob}: it
     * waited for a recipient that pulled and now pushes). Any other state refuses (a PENDING delivery with a job
     * and a DELIVERED one have nothing to redo).
     */
    public void redeliver(Instant at) {
        if (state != DeliveryState.FAILED && state != DeliveryState.DEAD && !waitsWithoutJob()) {
            throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, "state",
                    "delivery " + id + " is " + state + ": only a FAILED or DEAD delivery, or a PENDING one without a job,"
                    + " is delivered again");
        }
        state = DeliveryState.PENDING;
        redeliveredAfter = attempts;
        nextAttemptAt = micros(at);
    }

    /**
     * An attempt failed with {@code error} ({@code httpStatus} null when no answer came): the next one
     * is due after the backoff, or the delivery is DEAD after the last allowed attempt, or FAILED at
     * once when the recipient refused it for good ({@code permanent}).
     */
    public DeliveryAttempt failed(Integer httpStatus, String error, boolean permanent, DeliveryBackoff backoff, Instant at) {
        checkPending();
        attempts++;
        Instant now = micros(at);
        lastError = error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR - 1) + "\u2026";
        if (permanent) {
            state = DeliveryState.FAILED;
            nextAttemptAt = null;
        } else if (backoff.exhaustedAfter(attempts - redeliveredAfter)) {
            state = DeliveryState.DEAD;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = now.plus(backoff.delayAfter(attempts - redeliveredAfter));
        }
        return new DeliveryAttempt(this, attempts, state == DeliveryState.PENDING ? DeliveryState.FAILED : state, httpStatus,
                lastError, now);
    }

    /**
     * No job carries this PENDING delivery: its recipient pulls, so it waits for the fetch, without a due
     * time. Idempotent; a settled delivery refuses (nothing waits).
     */
    public void waitForFetch() {
        checkPending();
        nextAttemptAt = null;
    }

    /** PENDING without a due time: no job carries it ({@link #waitForFetch}); it waits for a fetch or an operator. */
    public boolean waitsWithoutJob() {
        return state == DeliveryState.PENDING && nextAttemptAt == null;
    }

    private void checkPending() {
        if (state.settled()) {
            throw new IllegalStateException("delivery " + id + " is " + state + ": settled");
        }
    }

    private static Instant micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    public UUID id() {
        return id;
    }

    public ReportId reportId() {
        return new ReportId(reportId);
    }

    public String recipient() {
        return recipient;
    }

    public boolean urgent() {
        return urgent;
    }

    public DeliveryState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
