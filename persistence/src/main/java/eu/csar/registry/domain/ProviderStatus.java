package eu.csar.registry.domain;

/** Whether a provider takes part in the platform; a suspended provider's API access is refused. */
public enum ProviderStatus {
    ACTIVE,
    SUSPENDED
}
