/**
 * What every context may use of the platform's messaging: the contract of an outbox message
 * ({@link eu.csar.platform.api.OutboxMessages});
 * and, for every context and transport, the partner APIs' idempotency values
 * ({@link eu.csar.platform.api.IdempotencyKey}, {@link eu.csar.platform.api.RequestFingerprint},
 * {@link eu.csar.platform.api.StoredAnswer}; docs/idempotency.md); the node's start-up loads
 * ({@link eu.csar.platform.api.StartupLoads}) and the readiness check that reports them
 * ({@link eu.csar.platform.api.StartupReadiness}, {@code /health/ready}), here in the EAR's library
 * jar because that is where WildFly's MicroProfile Health finds checks of an EAR.
 */
package eu.csar.platform.api;
