package eu.csar.registry.domain;

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
 * One move of a provider's status, as {@link ProviderLifecycle} allowed it: from which status (none
 * for the registration), on which event, to which status, by whom, when and why. Written by
 * {@link Provider} itself in the transaction of the move; never changed.
 */
@Entity
@Table(name = "provider_status_changes")
public class ProviderStatusChange extends StatusChange {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false, updatable = false)
    private Provider provider;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private ProviderStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "event", nullable = false, updatable = false)
    private ProviderEvent event;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    private ProviderStatus toStatus;

    protected ProviderStatusChange() {
    }

    ProviderStatusChange(Provider provider, ProviderStatus from, ProviderEvent event, ProviderStatus to,
                         String actor, String reason, Instant at) {
        super(actor, reason, at);
        this.provider = provider;
        this.fromStatus = from;
        this.event = event;
        this.toStatus = to;
    }

    /** Empty for the registration, the first row of every history. */
    public Optional<ProviderStatus> fromStatus() {
        return Optional.ofNullable(fromStatus);
    }

    public ProviderEvent event() {
        return event;
    }

    public ProviderStatus toStatus() {
        return toStatus;
    }
}
