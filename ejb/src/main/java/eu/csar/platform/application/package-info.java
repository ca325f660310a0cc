/**
 * What the platform needs to run: the schema migration at start-up
 * ({@link eu.csar.platform.application.SchemaMigrator}, {@link eu.csar.platform.application.SchemaMigrations})
 * (the one clock every service injects is the legal context's {@code eu.csar.legal.application.PlatformClock}).
 *
 * <p>Published to every context: {@link eu.csar.platform.application.NewTransaction} and
 * {@link eu.csar.platform.application.LostUpdateRetry}, with which a service repeats, in a new
 * transaction, a change that commutes but lost an update to a concurrent writer.
 */
package eu.csar.platform.application;

