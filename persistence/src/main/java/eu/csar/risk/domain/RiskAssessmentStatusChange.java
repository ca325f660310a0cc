package eu.csar.risk.domain;

import eu.csar.risk.api.RiskAssessmentState;
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
 * One move of a risk assessment as {@link RiskAssessmentLifecycle} allowed it, or its submission (no from-state,
 * event SUBMIT): by whom, when, why, and on which legal basis.
 */
@Entity
@Table(name = "risk_assessment_status_changes")
public class RiskAssessmentStatusChange extends StatusChange {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id", nullable = false, updatable = false)
    private RiskAssessment assessment;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", updatable = false)
    private RiskAssessmentState fromState;

    @Column(name = "event", nullable = false, updatable = false)
    private String event;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, updatable = false)
    private RiskAssessmentState toState;

    @Column(name = "legal_basis", updatable = false)
    private String legalBasis;

    protected RiskAssessmentStatusChange() {
    }

    RiskAssessmentStatusChange(RiskAssessment assessment, RiskAssessmentState from, String event, RiskAssessmentState to, String legalBasis,
                          String actor, String reason, Instant at) {
        super(actor, reason, at);
        this.assessment = assessment;
        this.fromState = from;
        this.event = event;
        this.toState = to;
        this.legalBasis = legalBasis;
    }

    public Optional<RiskAssessmentState> fromState() {
        return Optional.ofNullable(fromState);
    }

    public String event() {
        return event;
    }

    public RiskAssessmentState toState() {
        return toState;
    }

    public String legalBasis() {
        return legalBasis;
    }
}
