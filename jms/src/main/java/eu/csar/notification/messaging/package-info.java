/**
 * Messages the inboxes listen to: the registry's contact changes, delivered by a thin consumer that
 * calls {@link eu.csar.notification.application.RegistryNotifier}.
 */
package eu.csar.notification.messaging;

