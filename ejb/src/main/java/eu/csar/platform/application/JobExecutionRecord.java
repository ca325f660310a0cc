package eu.csar.platform.application;

import java.time.Instant;

/**
 * One job execution as the job repository holds it, with the item counts of its steps summed (the
 * counts stand at the last checkpoint while the execution runs, and after a crash).
 * {@code parameters} is the repository's text form of the job parameters (one {@code key=value} a line).
 */
record JobExecutionRecord(long executionId, long instanceId, String jobName, String status, String exitStatus,
                          Instant created, Instant started, Instant ended, String parameters,
                          long itemsRead, long itemsWritten) {
}
