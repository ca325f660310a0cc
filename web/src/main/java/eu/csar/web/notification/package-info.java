/** Coordinating Authorities' inbox on the web: its API and its portal page. */
package eu.csar.web.notification;
