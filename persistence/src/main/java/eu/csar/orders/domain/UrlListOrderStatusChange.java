package eu.csar.orders.domain;

import eu.csar.orders.api.UrlListOrderState;
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
 * One move of a blocking or delisting order as its transition table allowed it, or its issue (no
 * from-state, event ISSUE): by whom, when, why, and on which legal basis.
 */
@Entity
@Table(name = "url_list_order_status_changes")
public class UrlListOrderStatusChange extends StatusChange {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    private UrlListOrder order;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", updatable = false)
    private UrlListOrderState fromState;

    @Column(name = "event", nullable = false, updatable = false)
    private String event;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, updatable = false)
    private UrlListOrderState toState;

    @Column(name = "legal_basis", updatable = false)
    private String legalBasis;

    protected UrlListOrderStatusChange() {
    }

    UrlListOrderStatusChange(UrlListOrder order, UrlListOrderState from, String event, UrlListOrderState to,
                             String legalBasis, String actor, String reason, Instant at) {
        super(actor, reason, at);
        this.order = order;
        this.fromState = from;
        this.event = event;
        this.toState = to;
        this.legalBasis = legalBasis;
    }

    public Optional<UrlListOrderState> fromState() {
        return Optional.ofNullable(fromState);
    }

    public String event() {
        return event;
    }

    public UrlListOrderState toState() {
        return toState;
    }

    public String legalBasis() {
        return legalBasis;
    }
}
