/**
 * What the platform needs to run: the schema migration at start-up
 * ({@link eu.csar.platform.application.SchemaMigrator}, {@link eu.csar.platform.application.SchemaMigrations})
 * (the one clock every service injects is the legal context's {@code eu.csar.legal.application.PlatformClock}).
 *
 * <p>Published to every context: {@link eu.csar.platform.application.NewTransaction} and
 * {@link eu.csar.platform.application.LostUpdateRetry}, with which a service repeats, in a new
 * transaction, a change that commutes but lost an update to a concurrent writer.
 *
 * <p>Batch jobs (docs/batch.md): the operator service {@link eu.csar.platform.application.BatchJobs}
 * (every job of the deployment, read from the job repository; restart through the module that owns
 * the job), the start-up recovery of executions a crash left running
 * ({@link eu.csar.platform.application.InterruptedJobs}), and, published to modules other than this
 * one that define jobs, {@link eu.csar.platform.application.BatchJobOwners} and
 * {@link eu.csar.platform.application.BatchJobOwner}.
 */
package eu.csar.platform.application;

