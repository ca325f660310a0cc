package eu.csar.indicators.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One row of the change feed: an indicator became matchable (ADD) or stopped being so (REMOVE).
 * The sequence is the distribution version; nodes' match indexes follow the same rows.
 */
@Entity
@Table(name = "indicator_changes")
public class IndicatorChange {

    public enum Change { ADD, REMOVE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long seq;

    @Column(name = "indicator_id", nullable = false, updatable = false)
    private UUID indicatorId;

    @Column(name = "set_id", nullable = false, updatable = false)
    private UUID setId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "change", nullable = false, updatable = false)
    private Change change;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected IndicatorChange() {
    }

    public IndicatorChange(Indicator indicator, Change change, Instant at) {
        this.indicatorId = indicator.id().value();
        this.setId = indicator.setId().value();
        this.change = change;
        this.changedAt = at.truncatedTo(ChronoUnit.MICROS);
    }

    /** Null until inserted. */
    public Long seq() {
        return seq;
    }

    public Change change() {
        return change;
    }
}
