package eu.csar.reports.domain;

import eu.csar.reports.api.ReportState;
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
import java.util.Optional;

/**
 * One move of a report as {@link ReportLifecycle} allowed it, or its opening (no from-state, event
 * OPEN): by whom, when, why, and on which legal basis.
 */
@Entity
@Table(name = "report_status_changes")
public class ReportStatusChange extends StatusChange {

    /** The longest reason a history row keeps (the column's size). */
    public static final int MAX_REASON = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false, updatable = false)
    private Report report;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", updatable = false)
    private ReportState fromState;

    @Column(name = "event", nullable = false, updatable = false)
    private String event;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, updatable = false)
    private ReportState toState;

    @Column(name = "legal_basis", updatable = false)
    private String legalBasis;

    protected ReportStatusChange() {
    }

    ReportStatusChange(Report report, ReportState from, String event, ReportState to, String legalBasis, String actor,
                       String reason, Instant at) {
        super(actor, reason, at);
        this.report = report;
        this.fromState = from;
        this.event = event;
        this.toState = to;
        this.legalBasis = legalBasis;
    }

    public Optional<ReportState> fromState() {
        return Optional.ofNullable(fromState);
    }

    public String event() {
        return event;
    }

    public ReportState toState() {
        return toState;
    }

    public String legalBasis() {
        return legalBasis;
    }
}
