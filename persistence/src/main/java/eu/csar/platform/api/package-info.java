/**
 * What every context may use of the platform's messaging: the contract of an outbox message
 * ({@link eu.csar.platform.api.OutboxMessages}).
 */
package eu.csar.platform.api;
