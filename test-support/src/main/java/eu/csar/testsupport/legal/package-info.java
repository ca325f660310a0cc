/**
 * Test and demo controls of the legal context: the clock control ({@code /test-support/clock}: read,
 * advance and sweep, reset) and a stand-in workflow that schedules and moves deadlines
 * ({@code /test-support/deadlines}) until real workflows do.
 */
package eu.csar.testsupport.legal;
