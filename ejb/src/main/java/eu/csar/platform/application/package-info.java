/**
 * What the platform needs to run: the schema migration at start-up
 * ({@link eu.csar.platform.application.SchemaMigrator}, {@link eu.csar.platform.application.SchemaMigrations})
 * and the one clock every service injects ({@link eu.csar.platform.application.ClockProducer}).
 *
 * <p>Published to every context: {@link eu.csar.platform.application.NewTransaction} and
 * {@link eu.csar.platform.application.LostUpdateRetry}, with which a service repeats, in a new
 * transaction, a change that commutes but lost an update to a concurrent writer;
 * {@link eu.csar.platform.application.CallerTransaction}, with which such a service joins the
 * transaction of an idempotent partner write instead; {@link eu.csar.platform.application.IdempotencyStore},
 * the partner APIs' idempotency keys (docs/idempotency.md), purged by
 * {@link eu.csar.platform.application.IdempotencyPurge}; and {@link eu.csar.platform.application.StartupLoads},
 * where a component that loads state at start-up keeps the node not ready until it is done
 * ({@code eu.csar.web.platform.rest.StartupReadiness}, {@code /health/ready}).
 */
package eu.csar.platform.application;

