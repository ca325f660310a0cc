/**
 * What the platform needs to run: the schema migration at start-up
 * ({@link eu.csar.platform.application.SchemaMigrator}, {@link eu.csar.platform.application.SchemaMigrations})
 * and the one clock every service injects ({@link eu.csar.platform.application.ClockProducer}).
 *
 * <p>Published to every context: {@link eu.csar.platform.application.NewTransaction} and
 * {@link eu.csar.platform.application.LostUpdateRetry}, with which a service repeats, in a new
 * transaction, a change that commutes but lost an update to a concurrent writer.
 */
package eu.csar.platform.application;

