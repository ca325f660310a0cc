package eu.csar.technologies.domain;

import eu.csar.shared.domain.StatusChange;
import eu.csar.technologies.api.TechnologyState;
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
 * One move of a register entry as {@link TechnologyLifecycle} allowed it, or its creation (no from-state,
 * event CREATE): by whom, when, why, and on which legal basis.
 */
@Entity
@Table(name = "technology_status_changes")
public class TechnologyStatusChange extends StatusChange {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "technology_id", nullable = false, updatable = false)
    private Technology technology;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", updatable = false)
    private TechnologyState fromState;

    @Column(name = "event", nullable = false, updatable = false)
    private String event;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, updatable = false)
    private TechnologyState toState;

    @Column(name = "legal_basis", updatable = false)
    private String legalBasis;

    protected TechnologyStatusChange() {
    }

    TechnologyStatusChange(Technology technology, TechnologyState from, String event, TechnologyState to, String legalBasis,
                           String actor, String reason, Instant at) {
        super(actor, reason, at);
        this.technology = technology;
        this.fromState = from;
        this.event = event;
        this.toState = to;
        this.legalBasis = legalBasis;
    }

    public Optional<TechnologyState> fromState() {
        return Optional.ofNullable(fromState);
    }

    public String event() {
        return event;
    }

    public TechnologyState toState() {
        return toState;
    }

    public String legalBasis() {
        return legalBasis;
    }
}
