/**
 * What every context may use of the platform's messaging: the contract of an outbox message
 * ({@link eu.csar.platform.api.OutboxMessages});
 * and, for every context and transport, the partner APIs' idempotency values
 * ({@link eu.csar.platform.api.IdempotencyKey}, {@link eu.csar.platform.api.RequestFingerprint},
 * {@link eu.csar.platform.api.StoredAnswer}; docs/idempotency.md).
 */
package eu.csar.platform.api;
