/** Registry messages: a provider's contact change travels as ids from the changing transaction to the notifier. */
package eu.csar.registry;
