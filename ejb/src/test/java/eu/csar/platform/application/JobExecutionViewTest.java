package eu.csar.platform.application;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobExecutionViewTest {

    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    private static JobExecutionRecord record(long execution, long instance, String status, long read, long written, String parameters) {
        return new JobExecutionRecord(execution, instance, "job-" + instance, status, status, T.plusSeconds(execution),
                T.plusSeconds(execution + 1), "STARTED".equals(status) ? null : T.plusSeconds(execution + 2), parameters, read, written);
    }

    private static JobExecutionView byId(List<JobExecutionView> views, long id) {
        return views.stream().filter(v -> v.executionId() == id).findFirst().orElseThrow();
    }

    @Test
    void newestExecutionComesFirst() {
        List<JobExecutionView> views = JobExecutionView.of(List.of(
                record(1, 1, "COMPLETED", 5, 5, null), record(3, 2, "STARTED", 1, 0, null), record(2, 1, "FAILED", 2, 2, null)));
        assertEquals(List.of(3L, 2L, 1L), views.stream().map(JobExecutionView::executionId).toList());
    }

    @Test
    void progressAddsTheItemsOfEarlierExecutionsOfTheSameInstanceOnly() {
        String params = "csar.expectedItems=50\nfailAt=25\n";
        List<JobExecutionView> views = JobExecutionView.of(List.of(
                record(9, 4, "COMPLETED", 30, 30, params), record(8, 5, "COMPLETED", 10, 10, null),
                record(7, 4, "FAILED", 25, 20, params)));
        JobExecutionView failed = byId(views, 7);
        JobExecutionView restarted = byId(views, 9);
        assertEquals(20, failed.itemsDone());
        assertEquals(40, failed.progressPercent());
        assertEquals(50, restarted.itemsDone(), "the restart resumes after the 20 items written before");
        assertEquals(30, restarted.itemsWritten(), "but itself wrote 30");
        assertEquals(100, restarted.progressPercent());
        assertEquals(10, byId(views, 8).itemsDone(), "another instance's items are not counted");
    }

    @Test
    void withoutATotalThereIsANumberButNoPercentage() {
        JobExecutionView view = JobExecutionView.of(List.of(record(1, 1, "STARTED", 3, 3, "other=1\n"))).get(0);
        assertNull(view.expectedItems());
        assertNull(view.progressPercent());
        assertEquals(3, view.itemsDone());
    }

    @Test
    void percentageNeverPassesAHundred() {
        JobExecutionView view = JobExecutionView.of(List.of(record(1, 1, "COMPLETED", 12, 12, "csar.expectedItems=10"))).get(0);
        assertEquals(100, view.progressPercent());
    }

    @Test
    void onlyTheLatestFailedOrStoppedExecutionOfAnInstanceCanBeRestarted() {
        List<JobExecutionView> views = JobExecutionView.of(List.of(
                record(1, 1, "FAILED", 1, 1, null), record(2, 1, "FAILED", 1, 1, null),
                record(3, 2, "STOPPED", 1, 1, null), record(4, 3, "COMPLETED", 1, 1, null),
                record(5, 4, "STARTED", 1, 1, null), record(6, 5, "ABANDONED", 1, 1, null)));
        assertFalse(byId(views, 1).restartable(), "not the most recent of its instance");
        assertTrue(byId(views, 2).restartable());
        assertTrue(byId(views, 3).restartable());
        assertFalse(byId(views, 4).restartable());
        assertFalse(byId(views, 5).restartable());
        assertFalse(byId(views, 6).restartable());
    }

    @Test
    void anExecutionNotYetStartedShowsWhenItWasCreated() {
        JobExecutionRecord starting = new JobExecutionRecord(1, 1, "j", "STARTING", null, T, null, null, null, 0, 0);
        assertEquals(T, JobExecutionView.of(List.of(starting)).get(0).started());
    }

    @Test
    void expectedItemsIsReadFromTheRepositorysParameterText() {
        assertEquals(300L, JobExecutionView.expectedItems("a=b\ncsar.expectedItems = 300\r\nc=d"));
        assertNull(JobExecutionView.expectedItems("csar.expectedItems=many"));
        assertNull(JobExecutionView.expectedItems("csar.expectedItems=0"));
        assertNull(JobExecutionView.expectedItems("csar.expectedItemsX=5"));
        assertNull(JobExecutionView.expectedItems(""));
        assertNull(JobExecutionView.expectedItems(null));
    }

    @Test
    void jobActionsAreAboutJobExecutions() {
        for (JobAction action : JobAction.values()) {
            assertEquals("JobExecution", action.objectType());
            assertTrue(action.name().startsWith("JOB_"), "grouped under auditGroup.JOB: " + action);
        }
    }
}
