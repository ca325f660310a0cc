package eu.csar.it.reports;

import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static eu.csar.it.reports.ReportTriageIT.digest;
import static eu.csar.it.reports.ReportTriageIT.random;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two reviewers claim the same report at the same instant through the review desk's API: the claim
 * locks the report's row, so exactly one wins (200) and the other gets a clear 409 problem naming the
 * claim; the history holds one CLAIM row, by the winner.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(AlphaSigningKey.class)
class ReviewClaimIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void twoReviewersClaimingAtOnceOneWinsTheOtherGets409() throws Exception {
        String first = Tokens.user("reviewer");
        String second = Tokens.user("second-reviewer");
        for (int round = 0; round < 3; round++) {   // a few rounds, so that either may be first to the lock
            UUID report = ReportTriageIT.submit(List.of(digest("MD5", random(16))), false);
            String path = "/api/v1/review/reports/" + report + "/claim";
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<Api.Response> a = pool.submit(() -> {
                    go.await();
                    return Api.postJson(path, "{}", first);
                });
                Future<Api.Response> b = pool.submit(() -> {
                    go.await();
                    return Api.postJson(path, "{}", second);
                });
                go.countDown();
                Api.Response ra = a.get(30, TimeUnit.SECONDS);
                Api.Response rb = b.get(30, TimeUnit.SECONDS);
                List<Api.Response> answers = List.of(ra, rb);
                assertEquals(1, answers.stream().filter(r -> r.status() == 200).count(), answers.toString());
                Api.Response lost = answers.stream().filter(r -> r.status() != 200).findFirst().orElseThrow();
                assertEquals(409, lost.status(), lost.toString());
                assertTrue(lost.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), lost.toString());
                assertEquals(409, lost.json().getInt("status"));
                assertTrue(lost.json().getString("detail", lost.json().getString("title", "")).toLowerCase().contains("claim"),
                        "the problem says why: " + lost);
                String winner = ra.status() == 200 ? "reviewer" : "second-reviewer";
                assertEquals(winner, (ra.status() == 200 ? ra : rb).json().getString("claimedBy"));

                List<Map<String, Object>> claims = Db.rows("select actor from report_status_changes where report_id = ? and event = 'CLAIM'",
                        report);
                assertEquals(1, claims.size(), "one history row: " + claims);
                assertEquals(winner, claims.get(0).get("actor"));
                assertEquals("IN_REVIEW", Db.value("select state from reports where id = ?", report));
                assertEquals(winner, Db.value("select claimed_by from reports where id = ?", report));
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
