package eu.csar.orders.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One check whether an item of a removal order is still online (issue 10 §3, as Project Arachnid
 * re-checks): which item (its position in the order), when it was checked, the outcome, and who
 * recorded it (an EU Centre reviewer or the issuing authority). Never changed afterwards.
 */
@Entity
@Table(name = "removal_order_online_checks")
public class RemovalOrderOnlineCheck {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    private RemovalOrder order;

    @Column(name = "item_position", nullable = false, updatable = false)
    private int item;

    @Column(name = "still_online", nullable = false, updatable = false)
    private boolean stillOnline;

    @Column(name = "checked_at", nullable = false, updatable = false)
    private Instant checkedAt;

    @Column(name = "checked_by", nullable = false, updatable = false)
    private String checkedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected RemovalOrderOnlineCheck() {
    }

    RemovalOrderOnlineCheck(RemovalOrder order, int item, boolean stillOnline, Instant checkedAt, String checkedBy, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.order = order;
        this.item = item;
        this.stillOnline = stillOnline;
        this.checkedAt = checkedAt.truncatedTo(ChronoUnit.MICROS);
        this.checkedBy = checkedBy == null || checkedBy.isBlank() ? "system" : checkedBy;
        this.recordedAt = recordedAt.truncatedTo(ChronoUnit.MICROS);
    }

    /** The item's position in the order, from 0. */
    public int item() {
        return item;
    }

    public boolean stillOnline() {
        return stillOnline;
    }

    public Instant checkedAt() {
        return checkedAt;
    }

    public String checkedBy() {
        return checkedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
