/** What other contexts and the web tier use of the notification inboxes: the notification's id. */
package eu.csar.notification.api;
