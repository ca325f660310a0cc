/** What the platform needs to run: the schema migration at start-up and the clock. */
package eu.csar.platform;
