package eu.csar.it.indicators;

import eu.csar.it.batch.JobRuns;
import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Tokens;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bulk import of indicators as a Jakarta Batch job on the real stack: a small import (5,000
 * synthetic PDQ lines of the hasher's CSV with refused and repeated ones) completes with exactly the
 * right rows in PostgreSQL and the right error CSV; a JSON-lines import links an existing indicator
 * instead of copying it; and an import that fails mid-job (test-support hook at line 3,000, a
 * checkpoint every 2,000 lines) leaves nothing visible, and after the restart has every line exactly
 * once. The kill -9 variant is {@code bin/crash-test import}.
 */
@ExtendWith(ArquillianExtension.class)
class IndicatorImportIT {

    static final int LINES = 5000;
    static final Duration TIMEOUT = Duration.ofSeconds(120);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    /** A synthetic 256-bit hash (a SHA-256 of a label: no picture behind it). */
    static String hash(String seed) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * {@code LINES} lines of the hasher's CSV: every 100th below quality 50, every 1000th (at 500)
     * malformed, and line 4,999 repeating the first line's hash. Refused: 45 + 5; linked: 1.
     */
    static String csv(String seed) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= LINES; i++) {
            if (i % 1000 == 500) {
                b.append("not-a-hash,80,/synthetic/").append(i).append(".jpg\n");
            } else {
                String h = i == LINES - 1 ? hash(seed + 1) : hash(seed + i);
                b.append(h).append(',').append(i % 100 == 0 ? 30 : 90).append(",/synthetic/").append(i).append(".jpg\n");
            }
        }
        return b.toString();
    }

    static Api.Response upload(String body, String contentType, String token) {
        return Api.post("/api/v1/indicator-imports?set=known-images&source=THIRD_PARTY_LIST&keepLabels=true", body, token,
                "Content-Type", contentType, "Idempotency-Key", UUID.randomUUID().toString());
    }

    static JsonObject awaitPublished(String id) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        JsonObject status = null;
        while (System.nanoTime() < deadline) {
            status = Api.get("/api/v1/indicator-imports/" + id, Tokens.user("admin")).json();
            if (status.containsKey("finishedAt") && !status.isNull("finishedAt")) { // the binding leaves out nulls
                return status;
            }
            pause();
        }
        throw new AssertionError("import " + id + " not published after " + TIMEOUT + ": " + status);
    }

    static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static long count(String sql, String id) {
        return Db.count(sql, UUID.fromString(id));
    }

    @Test
    void aSmallImportCompletesWithExactCountsAndItsErrorReportAndLinksExistingIndicators() {
        assertEquals(403, upload("x,1\n", "text/csv", Tokens.user("ca-nl")).status(), "only centre admins import");

        Api.Response started = upload(csv("small-"), "text/csv", Tokens.user("admin"));
        assertEquals(202, started.status(), started.toString());
        String id = started.json().getString("id");
        assertTrue(started.header("Location").orElseThrow().endsWith("/api/v1/indicator-imports/" + id), started.headers().toString());

        JsonObject done = awaitPublished(id);
        assertEquals(100, done.getInt("percent"));
        assertEquals(LINES, done.getInt("lines"));
        assertEquals(50, done.getInt("refused"));
        assertEquals(1, done.getInt("linked"));
        assertEquals(LINES - 51, done.getInt("accepted"));

        // the submission waits for four-eyes verification; every line once, with its outcome
        assertEquals("SUBMITTED", Db.value("select state from indicator_submissions where id = ?", UUID.fromString(id)));
        assertEquals(LINES, count("select count(distinct line_no) from indicator_submission_lines where submission_id = ?", id));
        assertEquals(LINES, count("select count(*) from indicator_submission_lines where submission_id = ?", id));
        assertEquals(LINES - 51, count("select count(*) from indicators i join indicator_provenance p on p.indicator_id = i.id "
                + "where p.submission_id = ? and i.state = 'SUBMITTED'", id));
        assertEquals("/synthetic/1.jpg", Db.value("select p.label from indicator_provenance p join indicator_submission_lines l "
                + "on l.indicator_id = p.indicator_id and l.submission_id = p.submission_id where l.submission_id = ? and l.line_no = ?",
                UUID.fromString(id), LINES - 1));
        assertEquals(LINES - 51, count("select count(*) from indicator_status_changes c join indicator_submissions s "
                + "on s.import_job_id = c.import_job_id where s.id = ? and c.event = 'IMPORTED' and c.actor = 'admin'", id));
        assertEquals(3, count("select count(*) from audit_entries where action = 'INDICATOR_IMPORT_CHUNK_STAGED' and object_id = ?::text", id),
                "one audit entry per chunk of 2,000 lines");
        assertEquals(0, count("select count(*) from indicator_import_staging where submission_id = ?", id));

        // the error report: 50 refused lines, in line order
        Api.Response errors = Api.raw("GET", "/api/v1/indicator-imports/" + id + "/errors", null, Tokens.user("admin"),
                "Accept", "text/csv");
        assertEquals(200, errors.status(), errors.toString());
        String[] rows = errors.body().split("\r\n");
        assertEquals(51, rows.length, errors.body());
        assertEquals("line,reason,text", rows[0]);
        assertTrue(rows[1].startsWith("100,PDQ quality 30 is below 50,"), rows[1]);
        assertTrue(rows[5].startsWith("500,malformed"), rows[5]);

        // JSON lines: an existing hash is linked (a second provenance link), not copied
        String json = "{\"kind\":\"PDQ\",\"value\":\"" + hash("small-2") + "\",\"quality\":88,\"label\":\"again\"}\n"
                + "{\"kind\":\"MD5\",\"value\":\"" + hash("md5").substring(0, 32) + "\"}\n"
                + "{\"kind\":\"PDQ\",\"value\":\"" + hash("small-3") + "\",\"quality\":12}\n";
        Api.Response second = upload(json, "application/x-ndjson", Tokens.user("admin"));
        assertEquals(202, second.status(), second.toString());
        JsonObject secondDone = awaitPublished(second.json().getString("id"));
        assertEquals(1, secondDone.getInt("accepted"));
        assertEquals(1, secondDone.getInt("linked"));
        assertEquals(1, secondDone.getInt("refused"));
        assertEquals(1, Db.count("select count(*) from indicators where value = ?", hash("small-2")));
        assertEquals(2, Db.count("select count(*) from indicator_provenance p join indicators i on i.id = p.indicator_id where i.value = ?",
                hash("small-2")));
    }

    @Test
    void anImportThatFailsMidJobShowsNothingAndAfterTheRestartHasEveryLineExactlyOnce() {
        // The fault is armed in the shared application: disarmed whatever happens, so no later import fails by it.
        try {
            Api.Response armed = Api.postJson("/test-support/indicator-imports/fault", "{\"line\":3000}", Tokens.user("admin"));
            assertEquals(200, armed.status(), armed.toString());
            Api.Response started = upload(csv("restart-"), "text/csv", Tokens.user("admin"));
            assertEquals(202, started.status(), started.toString());
            String id = started.json().getString("id");
            long first = started.json().getJsonNumber("executionId").longValue();

            JobRuns.awaitStatus(first, "FAILED");
            assertEquals(2000, count("select count(*) from indicator_import_staging where submission_id = ?", id),
                    "exactly the lines of the chunks committed before the failure");
            assertEquals(0, count("select count(*) from indicator_submission_lines where submission_id = ?", id), "nothing visible");
            assertEquals("IMPORTING", Db.value("select state from indicator_submissions where id = ?", UUID.fromString(id)));

            Api.Response restart = Api.post("/test-support/batch/executions/" + first + "/restart", "", Tokens.user("admin"));
            assertEquals(200, restart.status(), restart.toString());
            long second = restart.json().getJsonNumber("executionId").longValue();
            JobRuns.awaitStatus(second, "COMPLETED");

            assertEquals(LINES, count("select count(*) from indicator_submission_lines where submission_id = ?", id), "no duplicates");
            assertEquals(LINES, count("select count(distinct line_no) from indicator_submission_lines where submission_id = ?", id), "no gaps");
            assertEquals(LINES, count("select max(line_no) from indicator_submission_lines where submission_id = ?", id));
            assertEquals(LINES - 51, count("select count(*) from indicator_provenance where submission_id = ?", id));
            assertEquals(3000L, ((Number) Db.value("select readcount from step_execution where jobexecutionid = ? and stepname = 'stage'",
                    second)).longValue(), "the restart resumed after the checkpoint at line 2,000");
            assertEquals(LINES - 51, count("select count(distinct l.indicator_id) from indicator_submission_lines l "
                    + "where l.submission_id = ? and l.outcome = 'ACCEPTED'", id), "one indicator per accepted line");
            assertEquals(LINES - 51, count("select count(*) from indicator_status_changes c join indicator_submissions s "
                    + "on s.import_job_id = c.import_job_id where s.id = ?", id), "one history row per indicator");
        } finally {
            Api.postJson("/test-support/indicator-imports/fault", "{\"line\":0}", Tokens.user("admin"));
        }
    }
}
