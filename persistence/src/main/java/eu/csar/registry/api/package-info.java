/**
 * What other contexts may use of the registry: the event a contact change fires
 * ({@link eu.csar.registry.api.ProviderContactChanged}) and the queue contract it travels by
 * ({@link eu.csar.registry.api.RegistryMessages}), the derived {@link eu.csar.registry.api.Jurisdiction},
 * and {@link eu.csar.registry.api.ProviderReference}, returned by the published service
 * {@code eu.csar.registry.application.ProviderDirectory}.
 */
package eu.csar.registry.api;

