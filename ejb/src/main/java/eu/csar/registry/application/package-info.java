/**
 * The provider registry's services (Art 23, 24, 33): centre admins keep the entries
 * ({@link eu.csar.registry.application.ProviderRegistry}), Coordinating Authorities read those under
 * their jurisdiction, providers keep their own contact point and legal representative up to date
 * ({@link eu.csar.registry.application.ProviderSelfService}), and the public reads the register
 * ({@link eu.csar.registry.application.PublicRegister}). Services return detached views
 * ({@link eu.csar.registry.application.ProviderEntry}, {@link eu.csar.registry.application.ProviderPage}),
 * never entities.
 *
 * <p>Published to other contexts: {@link eu.csar.registry.application.ProviderDirectory}, which tells the
 * platform's background work a provider's name and competent authorities.
 */
package eu.csar.registry.application;

