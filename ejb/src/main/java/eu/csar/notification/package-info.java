/** Delivering notifications to the inboxes of the competent authorities and reading them there. */
package eu.csar.notification;
