/**
 * Notifications: delivering them to the inboxes of the competent authorities
 * ({@link eu.csar.notification.application.RegistryNotifier}, called by the platform's message
 * consumer), taking notices from other contexts' workflows into the inboxes of the Coordinating
 * Authorities, the EU Centre and the providers ({@link eu.csar.notification.application.Notices}), and reading
 * them there ({@link eu.csar.notification.application.AuthorityInbox}; a provider's staff and API clients read
 * their own provider's inbox only).
 */
package eu.csar.notification.application;

