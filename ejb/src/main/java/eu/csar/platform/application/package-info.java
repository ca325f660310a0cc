/**
 * What the platform needs to run: the schema migration at start-up
 * ({@link eu.csar.platform.application.SchemaMigrator}, {@link eu.csar.platform.application.SchemaMigrations})
 * (the one clock every service injects is the legal context's {@code eu.csar.legal.application.PlatformClock}).
 *
 * <p>Published to every context: {@link eu.csar.platform.application.NewTransaction} and
 * {@link eu.csar.platform.application.LostUpdateRetry}, with which a service repeats, in a new
 * transaction, a change that commutes but lost an update to a concurrent writer;
 * {@link eu.csar.platform.application.CallerTransaction}, with which such a service joins the
 * transaction of an idempotent partner write instead; {@link eu.csar.platform.application.IdempotencyStore},
 * the partner APIs' idempotency keys (docs/idempotency.md), purged by
 * {@link eu.csar.platform.application.IdempotencyPurge}; and the schema migration, a start-up load of
 * {@link eu.csar.platform.api.StartupLoads} (which keeps the node not ready until it is done).
 *
 * <p>Batch jobs (docs/batch.md): the operator service {@link eu.csar.platform.application.BatchJobs}
 * (every job of the deployment, read from the job repository; restart through the module that owns
 * the job), the start-up recovery of executions a crash left running
 * ({@link eu.csar.platform.application.InterruptedJobs}), and, published to modules other than this
 * one that define jobs, {@link eu.csar.platform.application.BatchJobOwners} and
 * {@link eu.csar.platform.application.BatchJobOwner}.
 */
package eu.csar.platform.application;

