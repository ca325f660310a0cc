package eu.csar.orders.domain;

import eu.csar.orders.api.RemovalOrderState;
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
 * One move of a removal order as {@link RemovalOrderLifecycle} allowed it, its issue (no
 * from-state, event ISSUE) or an extension of non-disclosure (same state before and after): by
 * whom, when, why, and on which legal basis.
 */
@Entity
@Table(name = "removal_order_status_changes")
public class RemovalOrderStatusChange extends StatusChange {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    private RemovalOrder order;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", updatable = false)
    private RemovalOrderState fromState;

    @Column(name = "event", nullable = false, updatable = false)
    private String event;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, updatable = false)
    private RemovalOrderState toState;

    @Column(name = "legal_basis", updatable = false)
    private String legalBasis;

    protected RemovalOrderStatusChange() {
    }

    RemovalOrderStatusChange(RemovalOrder order, RemovalOrderState from, String event, RemovalOrderState to,
                             String legalBasis, String actor, String reason, Instant at) {
        super(actor, reason, at);
        this.order = order;
        this.fromState = from;
        this.event = event;
        this.toState = to;
        this.legalBasis = legalBasis;
    }

    public Optional<RemovalOrderState> fromState() {
        return Optional.ofNullable(fromState);
    }

    public String event() {
        return event;
    }

    public RemovalOrderState toState() {
        return toState;
    }

    public String legalBasis() {
        return legalBasis;
    }
}
