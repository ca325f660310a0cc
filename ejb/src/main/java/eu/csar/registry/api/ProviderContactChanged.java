package eu.csar.registry.api;

import java.util.UUID;

/**
 * A provider's point of contact or legal representative changed. Fired inside the changing
 * transaction; the competent Coordinating Authority is told asynchronously.
 */
public record ProviderContactChanged(UUID providerId, What what) {

    public enum What { CONTACT_POINT, LEGAL_REPRESENTATIVE }
}
