package eu.csar.reports.domain;

import eu.csar.reports.api.DeliveryState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One row of a report's delivery log: an attempt to deliver it to one recipient and what came of it. */
@Entity
@Table(name = "report_delivery_attempts")
public class DeliveryAttempt {

    @Id
    private UUID id;

    @Column(name = "delivery_id", nullable = false, updatable = false)
    private UUID deliveryId;

    @Column(name = "attempt", nullable = false, updatable = false)
    private int attempt;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private Instant attemptedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, updatable = false)
    private DeliveryState outcome;

    @Column(name = "http_status", updatable = false)
    private Integer httpStatus;

    @Column(name = "error", updatable = false)
    private String error;

    protected DeliveryAttempt() {
    }

    DeliveryAttempt(ReportDelivery delivery, int attempt, DeliveryState outcome, Integer httpStatus, String error, Instant at) {
        this.id = UUID.randomUUID();
        this.deliveryId = delivery.id();
        this.attempt = attempt;
        this.outcome = outcome;
        this.httpStatus = httpStatus;
        this.error = error;
        this.attemptedAt = at;
    }

    public UUID deliveryId() {
        return deliveryId;
    }

    public int attempt() {
        return attempt;
    }

    public DeliveryState outcome() {
        return outcome;
    }

    public Integer httpStatus() {
        return httpStatus;
    }

    public String error() {
        return error;
    }

    public Instant attemptedAt() {
        return attemptedAt;
    }
}
