package eu.csar.it.batch;

import eu.csar.it.support.Api;
import eu.csar.it.support.Browser;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Fixtures;
import eu.csar.it.support.Tokens;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A batch job that fails mid-job is restarted by an administrator from the operator screen and
 * resumes from its last checkpoint: every item is processed exactly once (one row per item in
 * PostgreSQL), the second execution reads only the items after the checkpoint, and the restart is
 * audited. The test job (test-support module) writes a row per item and fails at item 25 of 50 in
 * its first execution, with a checkpoint every 10 items. The crash variant is bin/crash-test batch.
 */
@ExtendWith(ArquillianExtension.class)
class BatchRestartIT {

    private static final String JOBS_PAGE = "/portal/operations/jobs.xhtml";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    static long rows(String run) {
        return Db.count("select count(*) from test_batch_items where run_id = ?", run);
    }

    static long distinctItems(String run) {
        return Db.count("select count(distinct item) from test_batch_items where run_id = ?", run);
    }

    static void awaitAjax(Browser browser) {
        browser.settle();
    }

    static WebElement row(WebDriver driver, long executionId) {
        return driver.findElement(By.xpath("//tr[.//span[@class='csar-job-execution' and normalize-space(text())='" + executionId + "']]"));
    }

    @Test
    void aJobThatFailedMidJobIsRestartedFromTheScreenAndProcessesEveryItemExactlyOnce() {
        JsonObject run = JobRuns.startRun(50, 25, 10);
        String runId = run.getString("run");
        long first = run.getJsonNumber("executionId").longValue();
        JobRuns.awaitStatus(first, "FAILED");
        assertEquals(20, rows(runId), "the chunks before the failure (items 1-20) committed, the failed chunk did not");
        assertEquals(20, distinctItems(runId));

        long auditMark = Fixtures.auditMark();
        long restarted;
        try (Browser browser = Browser.start()) {
            browser.loginAs("admin", JOBS_PAGE);
            WebDriver driver = browser.driver();
            browser.waitUp().until(d -> !d.findElements(By.id("jobs:table")).isEmpty());
            WebElement failedRow = row(driver, first);
            assertTrue(failedRow.getText().contains("Failed"), failedRow.getText());
            assertTrue(failedRow.getText().contains("20 of 50 items done"), failedRow.getText());
            browser.screenshot("portal-jobs-failed");

            failedRow.findElement(By.cssSelector("button[id$=':restart']")).click();
            awaitAjax(browser);
            browser.waitUp().until(d -> d.findElement(By.id("messages")).getText().contains("restarted as execution"));
            String message = driver.findElement(By.id("messages")).getText();
            restarted = (Long) Db.value("select max(jobexecutionid) from job_execution where jobinstanceid = "
                    + "(select jobinstanceid from job_execution where jobexecutionid = ?)", first);
            assertTrue(restarted > first, "a new execution of the same instance");
            assertTrue(message.contains("Execution " + first + " restarted as execution " + restarted), message);

            JobRuns.awaitStatus(restarted, "COMPLETED");
            driver.findElement(By.id("jobs:refresh")).click();
            awaitAjax(browser);
            final long second = restarted;
            browser.waitUp().until(d -> row(d, second).getText().contains("Completed"));
            String done = row(driver, restarted).getText();
            assertTrue(done.contains("50 of 50 items done"), done);
            assertTrue(done.contains("30 read, 30 written"), done);
            assertTrue(row(driver, first).findElements(By.cssSelector("button[id$=':restart']")).isEmpty(),
                    "the failed execution is no longer the latest: no restart button");
            browser.screenshot("portal-jobs-restarted");
        }

        assertEquals(50, rows(runId), "every item once");
        assertEquals(50, distinctItems(runId), "no item twice");
        assertEquals(30, Db.count("select count(*) from test_batch_items where run_id = ? and execution_id = ?", runId, restarted),
                "the restart wrote only the items after the checkpoint");
        assertEquals(30L, ((Number) Db.value("select sum(readcount) from step_execution where jobexecutionid = ?", restarted)).longValue(),
                "the restart read from the checkpoint (item 21), not from item 1");
        assertEquals(1, Db.count("select count(*) from audit_entries where seq > ? and actor = 'admin' and action = 'JOB_RESTARTED' "
                + "and outcome = 'SUCCESS' and object_type = 'JobExecution' and object_id = ?", auditMark, Long.toString(first)));
    }

    @Test
    void anAuditorSeesTheJobsButCannotRestartAndACoordinatingAuthorityIsRefused() {
        JsonObject run = JobRuns.startRun(10, 5, 2);
        long execution = run.getJsonNumber("executionId").longValue();
        JobRuns.awaitStatus(execution, "FAILED");
        try (Browser browser = Browser.start()) {
            browser.loginAs("auditor", JOBS_PAGE);
            browser.waitUp().until(d -> !d.findElements(By.id("jobs:table")).isEmpty());
            assertTrue(row(browser.driver(), execution).getText().contains("Failed"));
            assertTrue(browser.driver().findElements(By.cssSelector("button[id$=':restart']")).isEmpty(), "read-only for auditors");
            assertTrue(browser.driver().findElement(By.id("jobs-read-only")).isDisplayed());
        }
        long auditMark = Fixtures.auditMark();
        try (Browser browser = Browser.start()) {
            browser.loginAs("ca-nl", JOBS_PAGE);
            browser.waitUp().until(d -> !d.findElements(By.id("error-403")).isEmpty());
            assertEquals("Access denied", browser.driver().findElement(By.tagName("h1")).getText());
            assertTrue(browser.driver().findElements(By.id("jobs:table")).isEmpty());
        }
        assertEquals(1, Db.count("select count(*) from audit_entries where seq > ? and actor = 'ca-nl' and action = 'OPERATION_REFUSED' "
                + "and object_id = ?", auditMark, JOBS_PAGE));
    }

    @Test
    void restartingACompletedExecutionIsRefusedAndAuditedAsRefused() {
        JsonObject run = JobRuns.startRun(5, 0, 5);
        long execution = run.getJsonNumber("executionId").longValue();
        JobRuns.awaitStatus(execution, "COMPLETED");
        long auditMark = Fixtures.auditMark();
        Api.Response r = Api.postJson("/test-support/batch/executions/" + execution + "/restart", "", Tokens.user("admin"));
        assertEquals(409, r.status(), r.toString());
        assertEquals(1, Db.count("select count(*) from audit_entries where seq > ? and actor = 'admin' and action = 'JOB_RESTARTED' "
                + "and outcome = 'REFUSED' and object_id = ?", auditMark, Long.toString(execution)));
        assertEquals(1, Db.count("select count(*) from job_execution where jobinstanceid = "
                + "(select jobinstanceid from job_execution where jobexecutionid = ?)", execution), "no new execution");
    }
}
