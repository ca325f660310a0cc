package eu.csar.indicators.domain;

import eu.csar.indicators.api.IndicatorState;
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
 * One move of an indicator's state as {@link IndicatorLifecycle} allowed it, or its creation (no
 * from-state, event SUBMIT): by whom, when, why, and by which import job if one wrote it.
 */
@Entity
@Table(name = "indicator_status_changes")
public class IndicatorStatusChange extends StatusChange {

    /** The event name of the first history row, written when the indicator is created. */
    public static final String SUBMIT = "SUBMIT";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id", nullable = false, updatable = false)
    private Indicator indicator;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", updatable = false)
    private IndicatorState fromState;

    @Column(name = "event", nullable = false, updatable = false)
    private String event;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, updatable = false)
    private IndicatorState toState;

    @Column(name = "import_job_id", updatable = false)
    private Long importJobId;

    protected IndicatorStatusChange() {
    }

    IndicatorStatusChange(Indicator indicator, IndicatorState from, String event, IndicatorState to,
                          String actor, String reason, Instant at) {
        super(actor, reason, at);
        this.indicator = indicator;
        this.fromState = from;
        this.event = event;
        this.toState = to;
    }

    public Optional<IndicatorState> fromState() {
        return Optional.ofNullable(fromState);
    }

    public String event() {
        return event;
    }

    public IndicatorState toState() {
        return toState;
    }

    public Optional<Long> importJobId() {
        return Optional.ofNullable(importJobId);
    }
}
