package eu.csar.it.orders;

import eu.csar.it.legal.Deadlines;
import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Redeployment;
import eu.csar.it.support.Tokens;
import eu.csar.it.support.Tokens.Provider;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
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
 * Deadlines survive a restart of the application: the deadline sweep is a persistent timer in
 * PostgreSQL, so what comes due while the application is undeployed is acted on once it is back,
 * exactly once, by the timer alone (actor {@code system}, not the clock control), and the timer stays
 * the one row of the timer service's database store.
 * <p>
 * One stop of the application covers three deadlines that run out meanwhile: a bare deadline of the
 * test-support stand-in workflow (the mechanism), a removal order's 24-hour execution period
 * (Art 14(3)), which marks it overdue (it stays RECEIVED, the provider may still execute), and a
 * detection order's appeal window (Art 9(2)), which makes it FINAL. The orders go through the real
 * REST API; the platform clock is moved to just before the deadlines, and real time carries them past
 * while the application is away. The class undeploys and redeploys the shared EAR through the
 * management API; the classes after it share the redeployed one.
 */
@ExtendWith(ArquillianExtension.class)
class DeadlineRestartIT {

    /** How long before the earlier deadline the clock stands when the application goes away. */
    static final Duration MARGIN = Duration.ofSeconds(30);

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void deadlinesDueWhileTheApplicationWasDownFireOnceItIsBack() throws IOException {
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
            // The stand-in's 1-hour period runs out with the orders' deadlines.
            JsonObject bare = Deadlines.schedule("PT1H", "\"start\":\"" + first.minus(Duration.ofHours(1)) + "\"");
            String deadline = bare.getString("id");
            assertTrue(Duration.between(first, Instant.parse(bare.getString("dueAt"))).abs().compareTo(Duration.ofSeconds(1)) < 0,
                    bare + " due with the orders at " + first);
            Instant realLast = Instant.now().plus(Duration.between(DetectionOrderIT.platformNow(), last));
            notYetFired(removal, detection);
            assertEquals("SCHEDULED", Deadlines.state(deadline));
            assertTrue(timerRows() >= 1, "the sweep's timer is a row of the database data store");

            Redeployment.undeploy(management);
            try {
                // Well past both due times and past the sweep's period: nothing fired while the application was away.
                Redeployment.pause(Duration.between(Instant.now(), realLast.plusSeconds(8)));
                notYetFired(removal, detection);
                assertEquals("SCHEDULED", Deadlines.state(deadline));
                assertEquals(0, Deadlines.historyRows(deadline, "FIRE"));
            } finally {
                Redeployment.deploy(management);
            }

            assertTrue(Redeployment.await(() -> "FIRED".equals(deadlineState(removal, "removal-order.execution"))
                    && "FIRED".equals(deadlineState(detection, "detection-order.final"))
                    && "FIRED".equals(Deadlines.state(deadline)), Duration.ofSeconds(60)),
                    "not fired after the redeployment");
            // Two more sweep periods: still acted on once.
            Redeployment.pause(Duration.ofSeconds(11));

            assertEquals(1, Deadlines.historyRows(deadline, "FIRE"));
            assertEquals(1, Deadlines.auditRows(deadline, "DEADLINE_FIRED"));
            assertEquals("system", Db.value("select actor from audit_entries where object_id = ? and action = 'DEADLINE_FIRED'", deadline));
            assertEquals(1, timerRows(), "one sweep timer, not one more per deployment");

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

    @Test
    void persistentTimersAreKeptInPostgresqlByDefault() throws IOException {
        ModelNode op = new ModelNode();
        op.get("operation").set("read-resource");
        op.get("recursive").set(true);
        op.get("address").setEmptyList().add("subsystem", "ejb3").add("service", "timer-service");
        ModelNode result = management.getControllerClient().execute(op);
        assertEquals("success", result.get("outcome").asString(), result.toString());
        ModelNode timers = result.get("result");
        assertEquals("csar-timers", timers.get("default-data-store").asString());
        ModelNode store = timers.get("database-data-store", "csar-timers");
        assertEquals("java:jboss/datasources/CsarDS", store.get("datasource-jndi-name").asString());
        assertEquals("csar", store.get("partition").asString());
    }

    /** Rows of the deadline sweep's timer in the timer service's table (WildFly creates it in CsarDS). */
    static long timerRows() {
        return Db.count("select count(*) from jboss_ejb_timer where timed_object_id like '%DeadlineSweep' and partition_name = 'csar'");
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
