package eu.csar.it.orders;

import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.FreshDeployment;
import eu.csar.it.support.Redeployment;
import eu.csar.it.support.Tokens;
import eu.csar.it.support.Tokens.Provider;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The order clocks survive a restart: a removal order's 24-hour execution period (Art 14(3)) and a
 * detection order's appeal window (Art 9(2)) that run out while the application is undeployed are
 * acted on once it is back, by the persistent deadline sweep alone (actor {@code system}, not the
 * clock control): the removal order is marked overdue (it stays RECEIVED, the provider may still
 * execute), the detection order becomes FINAL. Both orders go through the real REST API; the platform
 * clock is moved to just before the two deadlines, and real time carries them past while the
 * application is away. It undeploys and redeploys the EAR itself, so it starts from an EAR deployed
 * for it alone.
 */
@ExtendWith(ArquillianExtension.class)
@FreshDeployment
class OrderDeadlineRestartIT {

    /** How long before the earlier deadline the clock stands when the application goes away. */
    static final Duration MARGIN = Duration.ofSeconds(30);

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void orderDeadlinesDueWhileTheApplicationWasDownFireOnceItIsBack() throws IOException {
        try {
            String detection = receivedDetectionOrder();
            Instant appealCloses = due(detection, "detection-order.final");
            // The removal order is acknowledged a day before the appeal window closes, so both run out
            // within one short stop of the application.
            DetectionOrderIT.advance(Duration.between(DetectionOrderIT.platformNow(), appealCloses)
                    .minus(Duration.ofHours(24)).minusSeconds(5).toString());
            String removal = RemovalOrderIT.issue(false).getString("id");
            assertEquals(200, RemovalOrderIT.post(RemovalOrderIT.ORDERS + "/" + removal + "/receipt", "",
                    Tokens.provider(Provider.ALPHA)).status());
            Instant executionDue = due(removal, "removal-order.execution");
            Instant first = executionDue.isBefore(appealCloses) ? executionDue : appealCloses;
            Instant last = executionDue.isBefore(appealCloses) ? appealCloses : executionDue;
            assertTrue(Duration.between(first, last).compareTo(Duration.ofMinutes(1)) < 0, first + " and " + last);

            DetectionOrderIT.advance(Duration.between(DetectionOrderIT.platformNow(), first).minus(MARGIN).toString());
            Instant realLast = Instant.now().plus(Duration.between(DetectionOrderIT.platformNow(), last));
            notYetFired(removal, detection);

            Redeployment.undeploy(management);
            try {
                // Well past both due times and past the sweep's period: nothing fired while the application was away.
                Redeployment.pause(Duration.between(Instant.now(), realLast.plusSeconds(8)));
                notYetFired(removal, detection);
            } finally {
                Redeployment.deploy(management);
            }

            assertTrue(Redeployment.await(() -> "FIRED".equals(deadlineState(removal, "removal-order.execution"))
                    && "FIRED".equals(deadlineState(detection, "detection-order.final")), Duration.ofSeconds(60)),
                    "not fired after the redeployment");
            // Two more sweep periods: still acted on once.
            Redeployment.pause(Duration.ofSeconds(11));

            JsonObject overdue = Api.get(RemovalOrderIT.ORDERS + "/" + removal, RemovalOrderIT.judge()).json();
            assertEquals("RECEIVED", overdue.getString("state"), "overdue is a mark, not a state: " + overdue);
            assertFalse(RemovalOrderIT.absent(overdue, "executionOverdueAt"), overdue.toString());
            assertEquals(1, Db.count("select count(*) from removal_orders where id = ?::uuid and state = 'RECEIVED'"
                    + " and execution_overdue_at is not null", removal));
            assertEquals(1, Db.count("select count(*) from audit_entries where object_id = ?"
                    + " and action = 'REMOVAL_ORDER_EXECUTION_OVERDUE' and actor = 'system'", removal), "marked once, by the timer");
            firedOnceBySystem(removal, "removal-order.execution");

            assertEquals("FINAL", Api.get(DetectionOrderIT.ORDERS + "/" + detection, DetectionOrderIT.ca()).json().getString("state"));
            assertEquals("FINAL", Db.value("select state from detection_orders where id = ?::uuid", detection));
            assertEquals(1, Db.count("select count(*) from detection_order_status_changes where order_id = ?::uuid"
                    + " and event = 'CLOSE_APPEAL_WINDOW' and actor = 'system'", detection), "final once, by the timer");
            firedOnceBySystem(detection, "detection-order.final");
        } finally {
            Api.post("/test-support/clock/reset", "", RemovalOrderIT.admin());
        }
    }

    /** A detection order issued to Alpha, which acknowledged it: its appeal window runs (P1M), its start is far later. */
    private static String receivedDetectionOrder() {
        String id = DetectionOrderIT.planned("KNOWN_MATERIAL", "P12M", DetectionOrderIT.indicatorSet(1).getString("id"));
        DetectionOrderIT.ok(DetectionOrderIT.post(DetectionOrderIT.ORDERS + "/" + id + "/submission", "", DetectionOrderIT.ca()),
                "SUBMITTED");
        Instant start = DetectionOrderIT.platformNow().plus(Duration.ofDays(130)).truncatedTo(ChronoUnit.SECONDS);
        DetectionOrderIT.ok(DetectionOrderIT.post(DetectionOrderIT.ORDERS + "/" + id + "/issue", Json.createObjectBuilder()
                .add("issuingAuthority", "Rechtbank Den Haag (demo)").add("start", start.toString())
                .add("reasons", "Significant risk remains after mitigation (synthetic)").build().toString(),
                DetectionOrderIT.judge()), "TRANSMITTED");
        DetectionOrderIT.ok(DetectionOrderIT.post(DetectionOrderIT.ORDERS + "/" + id + "/receipt", "", DetectionOrderIT.alpha()),
                "RECEIVED");
        return id;
    }

    /** Before the stop and while the application is away: both orders as they were, both deadlines still running. */
    private static void notYetFired(String removal, String detection) {
        assertEquals("SCHEDULED", deadlineState(removal, "removal-order.execution"));
        assertEquals("SCHEDULED", deadlineState(detection, "detection-order.final"));
        assertNull(Db.value("select execution_overdue_at from removal_orders where id = ?::uuid", removal));
        assertEquals("RECEIVED", Db.value("select state from removal_orders where id = ?::uuid", removal));
        assertEquals("RECEIVED", Db.value("select state from detection_orders where id = ?::uuid", detection));
    }

    private static void firedOnceBySystem(String order, String kind) {
        assertEquals(1, Db.count("select count(*) from deadline_status_changes c join deadlines d on d.id = c.deadline_id"
                + " where d.subject_id = ? and d.kind = ? and c.event = 'FIRE' and c.actor = 'system'", order, kind), kind);
    }

    private static Instant due(String order, String kind) {
        return ((Timestamp) Db.value("select due_at from deadlines where subject_id = ? and kind = ?", order, kind)).toInstant();
    }

    private static String deadlineState(String order, String kind) {
        return (String) Db.value("select state from deadlines where subject_id = ? and kind = ?", order, kind);
    }
}
