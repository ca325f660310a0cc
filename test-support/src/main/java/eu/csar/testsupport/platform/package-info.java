/**
 * The test-support web module's own plumbing. Controls for the contexts (the clock, test-only batch
 * jobs, workflow stand-ins) sit in {@code eu.csar.testsupport.<context>} and call the platform's
 * services like any other module; nothing in the production modules refers to this module.
 */
package eu.csar.testsupport.platform;
