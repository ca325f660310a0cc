/** The Coordinating Authority's inbox in the portal. */
package eu.csar.web.notification;
