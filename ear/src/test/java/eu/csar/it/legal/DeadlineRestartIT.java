package eu.csar.it.legal;

import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.FreshDeployment;
import eu.csar.it.support.Redeployment;
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
import java.time.Duration;
import java.time.Instant;

import static eu.csar.it.legal.Deadlines.auditRows;
import static eu.csar.it.legal.Deadlines.historyRows;
import static eu.csar.it.legal.Deadlines.schedule;
import static eu.csar.it.legal.Deadlines.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The deadline sweep is a persistent timer in PostgreSQL: a deadline that comes due while the
 * application is undeployed fires once the application is back, exactly once, by the timer alone
 * (actor {@code system}), and the timer is the one row of the timer service's database store.
 * It undeploys and redeploys the EAR itself, so it starts from an EAR deployed for it alone.
 */
@ExtendWith(ArquillianExtension.class)
@FreshDeployment
class DeadlineRestartIT {

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void aDeadlineDueWhileTheApplicationWasDownFiresOnceAfterTheRedeployment() throws IOException {
        // A 1-hour period that started 59 min 40 s ago: due in 20 s by the platform clock (which an
        // earlier test may have moved; the move is kept across deployments, so 20 s are 20 s of real time).
        Instant now = Deadlines.now();
        Instant realNow = Instant.now();
        Instant start = now.minus(Duration.ofHours(1)).plusSeconds(20);
        JsonObject d = schedule("PT1H", "\"start\":\"" + start + "\"");
        String id = d.getString("id");
        Instant due = Instant.parse(d.getString("dueAt"));
        Instant realDue = realNow.plus(Duration.between(now, due));
        assertTrue(timerRows() >= 1, "the sweep's timer is a row of the database data store");

        Redeployment.undeploy(management);
        try {
            // Well past the due time and past the sweep's period: nothing fired while the application was away.
            Redeployment.pause(Duration.between(Instant.now(), realDue.plusSeconds(8)));
            assertEquals("SCHEDULED", state(id));
            assertEquals(0, historyRows(id, "FIRE"));
        } finally {
            Redeployment.deploy(management);
        }

        assertTrue(Redeployment.await(() -> "FIRED".equals(state(id)), Duration.ofSeconds(60)), "not fired after the redeployment");
        // Two more sweep periods: still fired once.
        Redeployment.pause(Duration.ofSeconds(11));
        assertEquals(1, historyRows(id, "FIRE"));
        assertEquals(1, auditRows(id, "DEADLINE_FIRED"));
        assertEquals("system", Db.value("select actor from audit_entries where object_id = ? and action = 'DEADLINE_FIRED'", id));
        assertEquals(1, timerRows(), "one sweep timer, not one more per deployment");
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
}
