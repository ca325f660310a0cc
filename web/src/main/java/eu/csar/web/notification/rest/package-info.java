/** A Coordinating Authority's inbox over REST: the same notifications its portal page shows. */
package eu.csar.web.notification.rest;

