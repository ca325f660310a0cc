/** What other contexts may use of the registry: the events it publishes. */
package eu.csar.registry.api;
