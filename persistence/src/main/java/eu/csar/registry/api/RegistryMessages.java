package eu.csar.registry.api;

import eu.csar.shared.domain.ProviderId;

import java.util.Map;

/**
 * The contract of the registry's notification queue, shared by the registry, which sends, and the
 * contexts that listen: a {@link ProviderContactChanged} travels as two string properties (the
 * provider's id and what changed), no body and never an entity, so consumers reload what they need.
 */
public final class RegistryMessages {

    public static final String QUEUE_JNDI = "java:/jms/queue/RegistryNotificationQueue";
    public static final String PROVIDER_ID = "providerId";
    public static final String WHAT = "what";

    private RegistryMessages() {
    }

    /** The message properties that carry {@code change}. */
    public static Map<String, String> propertiesOf(ProviderContactChanged change) {
        return Map.of(PROVIDER_ID, change.providerId().toString(), WHAT, change.what().name());
    }

    /**
     * Reads a change back from its properties.
     *
     * @throws IllegalArgumentException if a property is missing or unreadable: the message does not
     *         follow the contract and can never be processed
     */
    public static ProviderContactChanged changeOf(String providerId, String what) {
        if (providerId == null || what == null) {
            throw new IllegalArgumentException("registry message without " + PROVIDER_ID + " or " + WHAT);
        }
        return new ProviderContactChanged(ProviderId.of(providerId), ProviderContactChanged.What.valueOf(what));
    }
}
