package eu.csar.reports.domain;

import eu.csar.reports.api.RemovalCheckOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One row of the removal-check log of a public URL: when it was asked and what came back. */
@Entity
@Table(name = "report_removal_checks")
public class RemovalCheck {

    static final int MAX_DETAIL = 500;

    @Id
    private UUID id;

    @Column(name = "material_id", nullable = false, updatable = false)
    private UUID materialId;

    @Column(name = "checked_at", nullable = false, updatable = false)
    private Instant checkedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, updatable = false)
    private RemovalCheckOutcome outcome;

    @Column(name = "http_status", updatable = false)
    private Integer httpStatus;

    @Column(name = "detail", updatable = false)
    private String detail;

    protected RemovalCheck() {
    }

    RemovalCheck(UUID materialId, RemovalCheckOutcome outcome, Integer httpStatus, String detail, Instant at) {
        this.id = UUID.randomUUID();
        this.materialId = materialId;
        this.outcome = outcome;
        this.httpStatus = httpStatus;
        this.detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        this.checkedAt = at;
    }

    public UUID materialId() {
        return materialId;
    }

    public Instant checkedAt() {
        return checkedAt;
    }

    public RemovalCheckOutcome outcome() {
        return outcome;
    }

    public Integer httpStatus() {
        return httpStatus;
    }

    public String detail() {
        return detail;
    }
}
