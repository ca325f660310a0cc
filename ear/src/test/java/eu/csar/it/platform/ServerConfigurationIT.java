package eu.csar.it.platform;

import eu.csar.it.support.Api;
import eu.csar.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server the wildfly-config scripts built: PostgreSQL XA datasource as the EE default, no H2
 * anywhere, JMS queues with their dead-letter queues, the triage consumer's sessions and its bean pool,
 * the transaction manager's periodic recovery, health on the management interface.
 */
@ExtendWith(ArquillianExtension.class)
class ServerConfigurationIT {

    private static final String TEST_DB = System.getProperty("csar.test.db.name", "csar_test");

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void theDefaultDatasourceIsPostgresqlAndTheTestDatabaseIsReallyUsed() throws Exception {
        ModelNode bindings = read("/subsystem=ee/service=default-bindings", false);
        assertEquals("java:jboss/datasources/CsarDS", bindings.get("datasource").asString());

        ModelNode ds = read("/subsystem=datasources/xa-data-source=CsarDS", true);
        assertEquals("postgresql", ds.get("driver-name").asString());
        ModelNode dbName = read("/subsystem=datasources/xa-data-source=CsarDS/xa-datasource-properties=DatabaseName", true);
        assertEquals(TEST_DB, dbName.get("value").asString(), "the managed server must use the test database");
        ModelNode driver = read("/subsystem=datasources/jdbc-driver=postgresql", false);
        assertEquals("org.postgresql", driver.get("driver-module-name").asString());

        ModelNode test = op("/subsystem=datasources/xa-data-source=CsarDS", "test-connection-in-pool");
        assertEquals("success", test.get("outcome").asString(), test.toString());

        // Seen from PostgreSQL: WildFly's pool holds connections to the test database.
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + TEST_DB, "csar", "csar");
             PreparedStatement s = c.prepareStatement(
                     "select count(*) from pg_stat_activity where application_name = 'csar-wildfly' and datname = ?")) {
            s.setString(1, TEST_DB);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertTrue(rs.getInt(1) > 0, "no WildFly connection to " + TEST_DB);
            }
        }
    }

    @Test
    void thereIsNoH2AndNoExampleDs() throws Exception {
        ModelNode datasources = read("/subsystem=datasources", false);
        assertTrue(!datasources.hasDefined("data-source") || datasources.get("data-source").keys().isEmpty(),
                datasources.toString());
        assertEquals(java.util.Set.of("CsarDS"), datasources.get("xa-data-source").keys());
        assertEquals(java.util.Set.of("postgresql"), datasources.get("jdbc-driver").keys());
    }

    @Test
    void everyQueueHasADeadLetterQueueAndARedeliveryDelay() throws Exception {
        String server = "/subsystem=messaging-activemq/server=default";
        for (String name : java.util.List.of("RegistryNotificationQueue", "ReportTriageQueue", "ReportDeliveryQueue")) {
            ModelNode queue = read(server + "/jms-queue=" + name, false);
            assertEquals("java:/jms/queue/" + name, queue.get("entries").get(0).asString());
            read(server + "/jms-queue=DLQ." + name, false);
            ModelNode setting = read(server + "/address-setting=jms.queue." + name, true);
            assertEquals("jms.queue.DLQ." + name, setting.get("dead-letter-address").asString());
            assertTrue(setting.get("redelivery-delay").asLong() > 0, name);
            assertTrue(setting.get("max-delivery-attempts").asInt() > 1, name);
        }
    }

    /**
     * Narayana's periodic recovery runs every 20 s with 5 s between its two scans (configure-50-transactions.cli),
     * not every 120 s: after a crash, XA branches left prepared hold rows in PostgreSQL until a pass rolls them
     * back. Both are system properties of the server model and, what Narayana reads at start, of the running JVM.
     */
    @Test
    void periodicRecoveryRunsEveryTwentySecondsNotEveryTwoMinutes() throws Exception {
        ModelNode op = operation("/core-service=platform-mbean/type=runtime", "read-attribute");
        op.get("name").set("system-properties");
        ModelNode answer = management.getControllerClient().execute(op);
        assertEquals("success", answer.get("outcome").asString(), answer.toString());
        ModelNode runtime = answer.get("result");
        for (String[] setting : new String[][] {{"RecoveryEnvironmentBean.periodicRecoveryPeriod", "20"},
                {"RecoveryEnvironmentBean.recoveryBackoffPeriod", "5"}}) {
            ModelNode property = read("/system-property=" + setting[0], true);
            assertEquals(setting[1], property.get("value").asString(), setting[0] + " in the server model");
            assertEquals(setting[1], runtime.get(setting[0]).asString(), setting[0] + " in the server's JVM");
        }
    }

    @Test
    void theTriageConsumerHasAPoolInstanceForEachOfItsSessions() throws Exception {
        ModelNode mdb = read("/deployment=" + Deployments.EAR_NAME + "/subdeployment=jms.jar/subsystem=ejb3"
                + "/message-driven-bean=ReportTriageConsumer", true, true);
        Map<String, String> config = new HashMap<>();
        mdb.get("activation-config").asPropertyList().forEach(p -> config.put(p.getName(), p.getValue().asString()));
        int sessions = Integer.parseInt(config.get("maxSession"));
        assertEquals(8, sessions, "the default of csar.triage.sessions (jms.jar's jboss-ejb3.xml): " + mdb);
        assertEquals("report-triage", mdb.get("pool-name").asString(), mdb.toString());
        assertEquals(sessions, mdb.get("pool-max-size").asInt(), "configure-90-report-triage.cli sizes the pool as the sessions");
        assertEquals("0", config.get("consumerWindowSize"), "no client buffer: urgent jobs first");
    }

    /**
     * Java's HttpClient asks a plain-HTTP server for the h2c upgrade by default; Undertow's upgraded answer
     * for a static file was sometimes cut (configure-71-http-listener.cli). With the upgrade off every
     * answer is HTTP/1.1 and whole.
     */
    @Test
    void thePlainListenerAnswersInHttp11AndServesTheStaticScriptWhole() throws Exception {
        URI script = URI.create(Api.BASE_URL + "/resources/hasher/csar-hasher.js");
        ModelNode listener = read("/subsystem=undertow/server=default-server/http-listener=default", false);
        assertFalse(listener.get("enable-http2").asBoolean(), listener.toString());
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(script).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertEquals(HttpClient.Version.HTTP_1_1, r.version(), "the h2c upgrade is refused");
            assertTrue(r.body().strip().endsWith("})(window);"), "the whole script, to its last line");
        }
    }

    @Test
    void healthIsReadyOnTheManagementInterface() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:9990/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        // compact JSON since MicroProfile Health answers (configure-62-health.cli), spaced before: either
        assertTrue(r.body().replaceAll("\\s", "").contains("\"csar.ear\":\"OK\""), r.body());
    }

    private ModelNode read(String address, boolean resolve) throws IOException {
        return read(address, resolve, false);
    }

    private ModelNode read(String address, boolean resolve, boolean runtime) throws IOException {
        ModelNode op = operation(address, "read-resource");
        op.get("resolve-expressions").set(resolve);
        op.get("include-runtime").set(runtime);
        op.get("recursive").set(false);
        ModelNode result = management.getControllerClient().execute(op);
        assertEquals("success", result.get("outcome").asString(), address + ": " + result);
        return result.get("result");
    }

    private ModelNode op(String address, String name) throws IOException {
        return management.getControllerClient().execute(operation(address, name));
    }

    private static ModelNode operation(String address, String name) {
        ModelNode op = new ModelNode();
        op.get("operation").set(name);
        ModelNode addr = op.get("address").setEmptyList();
        for (String part : address.substring(1).split("/")) {
            String[] kv = part.split("=", 2);
            addr.add(kv[0], kv[1]);
        }
        return op;
    }
}
