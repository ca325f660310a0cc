package eu.csar.platform.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A job execution as the operator screen shows it. Progress counts the items written by this
 * execution and the earlier executions of the same job instance (a restart resumes after the items
 * already written); it is a share of {@code expectedItems} when the job said how many items it has
 * (job parameter {@value #EXPECTED_ITEMS}), otherwise only a number. An execution can be restarted
 * when it FAILED or was STOPPED and is the latest execution of its instance (Jakarta Batch restarts
 * only the most recent one).
 */
public record JobExecutionView(long executionId, long instanceId, String jobName, String status, String exitStatus,
                               Instant started, Instant ended, long itemsRead, long itemsWritten,
                               long itemsDone, Long expectedItems, boolean restartable) implements Serializable {

    /** The job parameter by which a job tells the operator screen how many items it will process. */
    public static final String EXPECTED_ITEMS = "csar.expectedItems";

    static final Set<String> RESTARTABLE = Set.of("FAILED", "STOPPED");

    /** Percent of the expected items done (0 to 100), or null when the job gave no total (never 0 or less, see {@link #of}). */
    public Integer progressPercent() {
        if (expectedItems == null) {
            return null;
        }
        return (int) Math.min(100, itemsDone * 100 / expectedItems);
    }

    /** The views of the given executions, newest first. */
    static List<JobExecutionView> of(List<JobExecutionRecord> records) {
        List<JobExecutionRecord> oldestFirst = new ArrayList<>(records);
        oldestFirst.sort(Comparator.comparingLong(JobExecutionRecord::executionId));
        Map<Long, Long> doneByInstance = new HashMap<>();
        Map<Long, Long> latestByInstance = new HashMap<>();
        for (JobExecutionRecord r : oldestFirst) {
            latestByInstance.put(r.instanceId(), r.executionId());
        }
        List<JobExecutionView> views = new ArrayList<>();
        for (JobExecutionRecord r : oldestFirst) {
            long done = doneByInstance.merge(r.instanceId(), r.itemsWritten(), Long::sum);
            boolean latest = latestByInstance.get(r.instanceId()) == r.executionId();
            views.add(new JobExecutionView(r.executionId(), r.instanceId(), r.jobName(), r.status(), r.exitStatus(),
                    r.started() != null ? r.started() : r.created(), r.ended(), r.itemsRead(), r.itemsWritten(), done,
                    expectedItems(r.parameters()), latest && RESTARTABLE.contains(r.status())));
        }
        views.sort(Comparator.comparingLong(JobExecutionView::executionId).reversed());
        return views;
    }

    /** The value of {@value #EXPECTED_ITEMS} in the repository's parameter text, if it is a positive number. */
    static Long expectedItems(String parameters) {
        if (parameters == null) {
            return null;
        }
        for (String line : parameters.split("\\R")) {
            String[] keyAndValue = line.split("=", 2);
            if (keyAndValue.length == 2 && keyAndValue[0].trim().equals(EXPECTED_ITEMS)) {
                try {
                    long n = Long.parseLong(keyAndValue[1].trim());
                    return n > 0 ? n : null;
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
