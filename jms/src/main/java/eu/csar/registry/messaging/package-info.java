/**
 * The registry's outgoing messages: a provider's contact change leaves as ids, in the changing
 * transaction, on the queue that {@link eu.csar.registry.api.RegistryMessages} describes.
 */
package eu.csar.registry.messaging;

