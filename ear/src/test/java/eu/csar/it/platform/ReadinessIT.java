package eu.csar.it.platform;

import eu.csar.it.support.Api;
import eu.csar.it.support.Deployments;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The node's readiness on the management port (MicroProfile Health, configure-62-health.cli) carries
 * the application's own check: after start it is UP and names what was loaded (the schema migration,
 * the demo data), so a load balancer's probe of /health/ready waits for them.
 */
@ExtendWith(ArquillianExtension.class)
class ReadinessIT {

    static final String READY = System.getProperty("csar.management.url", "http://127.0.0.1:9990") + "/health/ready";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    /**
     * MicroProfile Health is on (configure-62-health.cli) and the server's checks stay. WildFly adds
     * its default {@code ready-deployment.*} check only to a deployment without a readiness check of
     * its own, so with csar-startup-loads registered there is none.
     */
    @Test
    void readinessIsUpWithMicroProfileHealthAndTheServersChecks() {
        Api.Response ready = Api.get(READY, null);
        assertEquals(200, ready.status(), ready.toString());
        JsonObject health = ready.json();
        assertEquals("UP", health.getString("status"), ready.toString());
        assertTrue(health.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .noneMatch(check -> check.getString("name").startsWith("ready-deployment.")), "no default check: " + ready);
        assertTrue(health.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .anyMatch(check -> check.getString("name").equals("deployments-status")), "the server's checks stay: " + ready);
    }

    /** Registered because it lives in the EAR's lib (eu.csar.platform.api.StartupReadiness): in the WAR or the EJB jar it was not. */
    @Test
    void readinessIsUpWithTheStartupLoadsListed() {
        Api.Response ready = Api.get(READY, null);
        assertEquals(200, ready.status(), ready.toString());
        JsonObject health = ready.json();
        assertEquals("UP", health.getString("status"), ready.toString());
        JsonObject loads = health.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(check -> check.getString("name").equals("csar-startup-loads")).findFirst()
                .orElseThrow(() -> new AssertionError("no csar-startup-loads check in " + ready));
        assertEquals("UP", loads.getString("status"));
        String loaded = loads.getJsonObject("data").getString("loaded");
        assertTrue(loaded.contains("schema migration") && loaded.contains("demo data"), loaded);
        assertTrue(loaded.contains("vault master keys"), "the credential store matched the vault's check values: " + loaded);
        assertTrue(health.getJsonArray("checks").size() > 1, "the server's own checks stay: " + ready);
    }
}
