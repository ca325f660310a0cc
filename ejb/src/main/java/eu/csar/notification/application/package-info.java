/**
 * Notifications: delivering them to the inboxes of the competent authorities
 * ({@link eu.csar.notification.application.RegistryNotifier}, called by the platform's message
 * consumer) and reading them there ({@link eu.csar.notification.application.CoordinatorInbox}).
 */
package eu.csar.notification.application;

