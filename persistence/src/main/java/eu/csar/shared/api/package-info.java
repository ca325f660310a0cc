/** How contexts declare what they offer each other ({@link eu.csar.shared.api.PublishedService}). */
package eu.csar.shared.api;
