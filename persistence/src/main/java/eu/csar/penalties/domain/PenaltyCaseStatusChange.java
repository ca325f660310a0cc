package eu.csar.penalties.domain;

import eu.csar.penalties.api.PenaltyCaseState;
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
 * One move of a penalty case as {@link PenaltyCaseLifecycle} allowed it, or its opening (no from-state,
 * event OPEN): by whom, when, why, and on which legal basis.
 */
@Entity
@Table(name = "penalty_case_status_changes")
public class PenaltyCaseStatusChange extends StatusChange {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private PenaltyCase penaltyCase;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", updatable = false)
    private PenaltyCaseState fromState;

    @Column(name = "event", nullable = false, updatable = false)
    private String event;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, updatable = false)
    private PenaltyCaseState toState;

    @Column(name = "legal_basis", updatable = false)
    private String legalBasis;

    protected PenaltyCaseStatusChange() {
    }

    PenaltyCaseStatusChange(PenaltyCase penaltyCase, PenaltyCaseState from, String event, PenaltyCaseState to, String legalBasis,
                          String actor, String reason, Instant at) {
        super(actor, reason, at);
        this.penaltyCase = penaltyCase;
        this.fromState = from;
        this.event = event;
        this.toState = to;
        this.legalBasis = legalBasis;
    }

    public Optional<PenaltyCaseState> fromState() {
        return Optional.ofNullable(fromState);
    }

    public String event() {
        return event;
    }

    public PenaltyCaseState toState() {
        return toState;
    }

    public String legalBasis() {
        return legalBasis;
    }
}
