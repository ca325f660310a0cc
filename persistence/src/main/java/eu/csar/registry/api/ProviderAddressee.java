package eu.csar.registry.api;

import eu.csar.shared.domain.ProviderId;

import java.io.Serializable;

/**
 * Where an order to a provider goes (Art 23-24): its legal name, who is competent for it, whether
 * it is active and offers a hosting service, and the e-mail of its point of contact, or of its
 * legal representative when it has no establishment in the Union. Served by the registry's
 * published {@code ProviderDirectory} to the orders context.
 *
 * @param toLegalRepresentative true when the order goes to the legal representative
 */
public record ProviderAddressee(ProviderId id, String legalName, Jurisdiction jurisdiction, boolean active,
                                boolean hosting, boolean toLegalRepresentative, String email) implements Serializable {
}
