package eu.csar.registry.domain;

/**
 * What moves a provider's status: its registration (the first history row, from no status), a
 * suspension by the EU Centre (with a reason), and its reinstatement.
 */
public enum ProviderEvent {
    REGISTER,
    SUSPEND,
    REINSTATE
}
