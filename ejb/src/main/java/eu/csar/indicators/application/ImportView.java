package eu.csar.indicators.application;

import java.time.Instant;
import java.util.UUID;

/**
 * An import as its pages and API show it: the submission, the job ("job N" is the job instance),
 * the state of its latest execution, and its progress. While the job runs, {@code staged} counts the
 * lines of committed chunks; once published, the submission's counts are final.
 */
public record ImportView(UUID submission, String set, String source, String state, Long jobId, Long latestExecution,
                         String jobStatus, String format, String fileName, int totalLines, long staged, int lineCount,
                         int refusedCount, int linkedCount, String submittedBy, Instant submittedAt, Instant finishedAt) {

    /** Percent done, 100 once published; at most 99 while the lines are being staged or published. */
    public int percent() {
        if (finishedAt != null) {
            return 100;
        }
        if (totalLines <= 0) {
            return 0;
        }
        return (int) Math.min(99, staged * 100 / totalLines);
    }

    /** Whether the job still has work (not published, and its latest execution not failed or stopped). */
    public boolean running() {
        return finishedAt == null && !"FAILED".equals(jobStatus) && !"STOPPED".equals(jobStatus) && !"ABANDONED".equals(jobStatus);
    }

    /** New indicators (lines neither refused nor linked to an existing one). */
    public int acceptedCount() {
        return lineCount - refusedCount - linkedCount;
    }
}
