/**
 * What the platform needs to run: the schema migration at start-up
 * ({@link eu.csar.platform.application.SchemaMigrator}, {@link eu.csar.platform.application.SchemaMigrations})
 * and the one clock every service injects ({@link eu.csar.platform.application.ClockProducer}).
 */
package eu.csar.platform.application;

