package eu.csar.it.audit;

import eu.csar.it.support.Api;
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

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Audit appends on their own, with 1, 4 and 16 concurrent writers inside the server (the test-support
 * control {@code /test-support/audit/throughput}): every append lands as one row of the trail. The
 * figures (appends/s, p50, p99) are printed for docs/audit.md; speed is not asserted here.
 */
@ExtendWith(ArquillianExtension.class)
class AuditThroughputIT {

    static final int APPENDS_PER_WRITER = Integer.getInteger("csar.audit.appends", 200);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    static JsonObject run(int writers, int appends) {
        long mark = Fixtures.auditMark();
        Api.Response r = Api.post("/test-support/audit/throughput?writers=" + writers + "&appends=" + appends, "",
                Tokens.user("admin"), "Content-Type", "application/json");
        assertEquals(200, r.status(), r.toString());
        JsonObject figures = r.json();
        assertEquals(0, figures.getInt("failures"), figures.toString());
        assertEquals(writers * appends, Db.count("select count(*) from audit_entries where seq > ? "
                + "and action = 'AUDIT_THROUGHPUT_PROBE'", mark), "one row per append");
        return figures;
    }

    @Test
    void everyAppendOfConcurrentWritersLandsOnTheTrail() {
        run(4, 50); // warm-up: JIT, connection pool
        for (int writers : new int[]{1, 4, 16}) {
            JsonObject f = run(writers, APPENDS_PER_WRITER);
            System.out.printf("AUDIT-THROUGHPUT writers=%d appends=%d appends/s=%d p50=%.1fms p99=%.1fms%n", writers,
                    f.getInt("appends"), f.getJsonNumber("appendsPerSecond").longValue(),
                    f.getJsonNumber("p50Millis").doubleValue(), f.getJsonNumber("p99Millis").doubleValue());
        }
    }
}
