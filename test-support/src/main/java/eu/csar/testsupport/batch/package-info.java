/**
 * A test-only batch job ({@code csar-test-items}) that exercises restart after a failure and after
 * a crash: it writes one row per item into {@code test_batch_items} (a table of this module, created
 * when it starts, never part of the platform's schema), so that a test sees which items were processed
 * and that none was processed twice. {@link eu.csar.testsupport.batch.TestItemsJob} registers this
 * module as the owner of its jobs with the platform, whose operator screen then restarts them;
 * {@link eu.csar.testsupport.batch.BatchControl} starts runs for tests ({@code /test-support/batch}).
 */
package eu.csar.testsupport.batch;
