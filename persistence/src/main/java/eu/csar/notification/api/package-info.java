/**
 * What other contexts and the web tier use of the notification inboxes: the notification's id,
 * whose inbox it is ({@link eu.csar.notification.api.InboxAddress}) and what it is about
 * ({@link eu.csar.notification.api.NoticeSubject}).
 */
package eu.csar.notification.api;
