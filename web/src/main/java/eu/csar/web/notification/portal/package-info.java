/** A Coordinating Authority's inbox in the portal, and its latest items on the home page. */
package eu.csar.web.notification.portal;

