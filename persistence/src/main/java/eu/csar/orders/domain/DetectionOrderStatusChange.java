package eu.csar.orders.domain;

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
 * One move of a detection order as {@link DetectionOrderLifecycle} allowed it, or the draft that
 * opened it (no from-state, event DRAFT): by whom, when, why, and on which legal basis.
 */
@Entity
@Table(name = "detection_order_status_changes")
public class DetectionOrderStatusChange extends StatusChange {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    private DetectionOrder order;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", updatable = false)
    private DetectionOrderState fromState;

    @Column(name = "event", nullable = false, updatable = false)
    private String event;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, updatable = false)
    private DetectionOrderState toState;

    @Column(name = "legal_basis", updatable = false)
    private String legalBasis;

    protected DetectionOrderStatusChange() {
    }

    DetectionOrderStatusChange(DetectionOrder order, DetectionOrderState from, String event, DetectionOrderState to,
                               String legalBasis, String actor, String reason, Instant at) {
        super(actor, reason, at);
        this.order = order;
        this.fromState = from;
        this.event = event;
        this.toState = to;
        this.legalBasis = legalBasis;
    }

    public Optional<DetectionOrderState> fromState() {
        return Optional.ofNullable(fromState);
    }

    public String event() {
        return event;
    }

    public DetectionOrderState toState() {
        return toState;
    }

    public String legalBasis() {
        return legalBasis;
    }
}
