package eu.csar.orders.domain;

import eu.csar.orders.api.ComplaintState;
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
 * One move of a complaint as {@link ComplaintLifecycle} allowed it, or its filing (no from-state,
 * event FILE): by whom, when, why, and on which legal basis.
 */
@Entity
@Table(name = "complaint_status_changes")
public class ComplaintStatusChange extends StatusChange {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "complaint_id", nullable = false, updatable = false)
    private Complaint complaint;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", updatable = false)
    private ComplaintState fromState;

    @Column(name = "event", nullable = false, updatable = false)
    private String event;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, updatable = false)
    private ComplaintState toState;

    @Column(name = "legal_basis", updatable = false)
    private String legalBasis;

    protected ComplaintStatusChange() {
    }

    ComplaintStatusChange(Complaint complaint, ComplaintState from, String event, ComplaintState to, String legalBasis,
                          String actor, String reason, Instant at) {
        super(actor, reason, at);
        this.complaint = complaint;
        this.fromState = from;
        this.event = event;
        this.toState = to;
        this.legalBasis = legalBasis;
    }

    public Optional<ComplaintState> fromState() {
        return Optional.ofNullable(fromState);
    }

    public String event() {
        return event;
    }

    public ComplaintState toState() {
        return toState;
    }

    public String legalBasis() {
        return legalBasis;
    }
}
