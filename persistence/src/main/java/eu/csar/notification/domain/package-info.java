/** Inboxes of portal users: what the platform tells an authority, e.g. that a provider under its jurisdiction changed its contact point. */
package eu.csar.notification.domain;

