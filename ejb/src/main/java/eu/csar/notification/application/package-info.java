/**
 * Notifications: delivering them to the inboxes of the competent authorities
 * ({@link eu.csar.notification.application.RegistryNotifier}, called by the platform's message
 * consumer), taking notices from other contexts' workflows into the inboxes of the Coordinating
 * Authorities and the EU Centre ({@link eu.csar.notification.application.Notices}), and reading them there ({@link eu.csar.notification.application.AuthorityInbox}).
 */
package eu.csar.notification.application;

