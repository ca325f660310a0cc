package eu.csar.registry.domain;

import eu.csar.audit.api.AuditAction;

/** What the registry records on the audit trail; every action concerns a provider's entry. */
public enum RegistryAction implements AuditAction {
    PROVIDER_REGISTERED,
    PROVIDER_AMENDED,
    PROVIDER_SUSPENDED,
    PROVIDER_REINSTATED,
    PROVIDER_READ,
    /** A page of the provider list was read; the purpose names the filter, the object is none. */
    PROVIDER_LIST_READ,
    PROVIDER_CONTACT_POINT_CHANGED,
    PROVIDER_LEGAL_REPRESENTATIVE_CHANGED;

    @Override
    public String objectType() {
        return "Provider";
    }
}
