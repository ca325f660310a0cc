package eu.csar.registry.domain;

import eu.csar.shared.domain.TransitionTable;

/**
 * The provider status workflow. A provider is registered active; centre admins suspend an active
 * provider (its partner API access is then refused) and reinstate a suspended one. Nothing else is
 * possible: suspending a suspended provider or reinstating an active one is refused, not recorded
 * as done. Registration is the start of the history, not a move within the table.
 */
public final class ProviderLifecycle {

    /** The status of a newly registered provider. */
    public static final ProviderStatus INITIAL = ProviderStatus.ACTIVE;

    public static final TransitionTable<ProviderStatus, ProviderEvent> TABLE =
            TransitionTable.of("provider", ProviderStatus.class, ProviderEvent.class)
                    .allow(ProviderStatus.ACTIVE, ProviderEvent.SUSPEND, ProviderStatus.SUSPENDED)
                    .allow(ProviderStatus.SUSPENDED, ProviderEvent.REINSTATE, ProviderStatus.ACTIVE)
                    .build();

    private ProviderLifecycle() {
    }
}
