/** The inbox API of Coordinating Authorities. */
package eu.csar.web.notification;
