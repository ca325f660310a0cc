package eu.csar.it.reports;

import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Tokens;
import eu.csar.it.support.Tokens.Provider;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static eu.csar.it.reports.ReportTriageIT.await;
import static eu.csar.it.reports.ReportTriageIT.digest;
import static eu.csar.it.reports.ReportTriageIT.random;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Forwarding (issue 11 §4, Art 48(3)) on the real stack, with the demo LEA receiver that bin/test
 * runs as its own process (bin/lib/demo-receiver). A reviewer's forward decision to NL and Europol
 * (through the desk's API) creates two deliveries in its commit; each arrives at the receiver once,
 * with hashes and no content, and the report becomes FORWARDED (its provider's feedback FORWARDED). A repeated
 * delivery job delivers nothing twice. With the receiver stopped, a delivery is retried (its attempts
 * grow, it stays PENDING, every attempt in the delivery log); started again, it arrives exactly once.
 * The provider may inform the user three months after the report; Europol, which received it, holds
 * that (at most 18 months after the report), the police of a Member State that did not cannot.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(AlphaSigningKey.class)
class ReportForwardingIT {

    static final String RECEIVER = "http://127.0.0.1:" + System.getProperty("csar.demo-receiver.port", "8199");
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void aForwardToTheNetherlandsAndEuropolArrivesOnceAtEachAndTheReportIsForwarded() throws Exception {
        UUID report = ReportTriageIT.submit(List.of(digest("SHA256", random(32))), true);
        decideForward(report, "[\"NL\"]", true);

        assertEquals(Set.of("NL", "EUROPOL"), Db.rows("select recipient from report_deliveries where report_id = ?", report).stream()
                .map(r -> (String) r.get("recipient")).collect(Collectors.toSet()), "one delivery per recipient, in the decision's commit");
        assertEquals(2, Db.count("select count(*) from outbox_messages o join report_deliveries d on o.properties like '%deliveryId='"
                + " || d.id || '%' where o.destination = 'java:/jms/queue/ReportDeliveryQueue' and o.properties like '%jmsPriority=9%'"
                + " and d.report_id = ?", report), "urgent: queued at the highest priority");
        awaitForwarded(report);

        List<JsonObject> received = received(report);
        assertEquals(2, received.size(), received.toString());
        for (JsonObject delivery : received) {
            Map<String, Object> row = Db.rows("select recipient, state, attempts from report_deliveries where id = ?",
                    UUID.fromString(delivery.getString("deliveryId"))).get(0);
            assertEquals(row.get("recipient"), delivery.getString("recipient"));
            assertEquals("DELIVERED", row.get("state"));
            assertEquals(1, ((Number) row.get("attempts")).intValue());
            assertTrue(delivery.getBoolean("urgent"));
            assertEquals(List.of("NL"), delivery.getJsonObject("jurisdiction").getJsonArray("memberStates").getValuesAs(
                    jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
            assertEquals(report.toString(), delivery.getJsonObject("report").getString("id"));
            assertEquals("SHA256", delivery.getJsonObject("report").getJsonArray("evidence").getJsonObject(0).getString("kind"));
            assertFalse(delivery.getString("signature").isBlank());
            assertTrue(delivery.getJsonArray("vaultReferences").isEmpty(), "hashes only: no content, no vault item here");
        }
        assertEquals(2, Db.count("select count(*) from report_delivery_attempts a join report_deliveries d on d.id = a.delivery_id"
                + " where d.report_id = ? and a.outcome = 'DELIVERED' and a.http_status = 200", report), "the delivery log");
        assertEquals(2, ReportIntakeIT.audited("REPORT_DELIVERY_ATTEMPTED", report.toString(), "SUCCESS"));
        assertEquals(1, ReportIntakeIT.audited("REPORT_FORWARDED", report.toString(), "SUCCESS"));
        assertEquals(1, Db.count("select count(*) from report_status_changes where report_id = ? and event = 'FORWARD'"
                + " and from_state = 'FORWARD_DECIDED' and to_state = 'FORWARDED'", report));

        JsonObject asProvider = ReportIntakeIT.read(report.toString(), Tokens.provider(Provider.ALPHA));
        JsonObject feedback = asProvider.getJsonObject("feedback");
        assertEquals("FORWARDED", feedback.getString("status"));
        assertEquals("FORWARD_DECIDED", asProvider.getString("state"), "whether the police have it yet is not the provider's business");
        Instant finished = Instant.parse(asProvider.getString("finishedAt"));
        assertEquals(finished.atZone(ZoneOffset.UTC).plusMonths(3).toInstant(), Instant.parse(feedback.getString("mayInformUserFrom")),
                "COM-2022-209: the provider may inform the user three months after the report");
        assertTrue(!feedback.containsKey("holdUntil") || feedback.isNull("holdUntil"), "no hold yet");

        // The notification hold (Art 48(6)(a)): Europol, which received it, holds it; the police of FR, which did not, cannot.
        String path = "/api/v1/forwarded-reports/" + report + "/user-information-hold";
        Instant tenMonths = finished.atZone(ZoneOffset.UTC).plusMonths(10).toInstant().truncatedTo(ChronoUnit.SECONDS);
        String body = "{\"until\":\"" + tenMonths + "\"}";
        assertEquals(404, Api.postJson(path, body, Tokens.user("police-fr")).status(), "not delivered to FR: not found for its police");
        assertEquals(403, Api.postJson(path, body, Tokens.provider(Provider.ALPHA)).status());
        Api.Response held = Api.postJson(path, body, Tokens.user("europol"));
        assertEquals(200, held.status(), held.toString());
        feedback = ReportIntakeIT.read(report.toString(), Tokens.provider(Provider.ALPHA)).getJsonObject("feedback");
        assertEquals(tenMonths, Instant.parse(feedback.getString("holdUntil")));
        assertEquals(tenMonths, Instant.parse(feedback.getString("mayInformUserFrom")));
        Instant beyond = finished.atZone(ZoneOffset.UTC).plusMonths(30).toInstant();
        assertEquals(200, Api.postJson(path, "{\"until\":\"" + beyond + "\"}", Tokens.user("europol")).status());
        assertEquals(finished.atZone(ZoneOffset.UTC).plusMonths(18).toInstant(), Instant.parse(ReportIntakeIT.read(report.toString(),
                Tokens.provider(Provider.ALPHA)).getJsonObject("feedback").getString("holdUntil")), "at most 18 months after the report");
        assertEquals(2, ReportIntakeIT.audited("REPORT_USER_INFORMATION_HELD", report.toString(), "SUCCESS"));
        assertEquals(1, ReportIntakeIT.audited("REPORT_USER_INFORMATION_HELD", report.toString(), "NOT_FOUND"));
        assertEquals(409, Api.postJson(ReportIntakeIT.REPORTS + "/" + report + "/retract", "{\"reason\":\"too late\"}",
                Tokens.provider(Provider.ALPHA)).status(), "a forwarded report is not the provider's to retract");

        // The same delivery job again (a relay that sent twice, a broker that redelivered): nothing is delivered twice.
        UUID nl = (UUID) Db.value("select id from report_deliveries where report_id = ? and recipient = 'NL'", report);
        int duplicatesBefore = duplicates();
        UUID job = UUID.randomUUID();
        Db.execute("insert into outbox_messages (id, destination, properties, created_at, next_attempt_at, attempts) values ('" + job
                + "', 'java:/jms/queue/ReportDeliveryQueue', 'deliveryId=" + nl + "\njmsPriority=4\n', now(), now(), 0)");
        await(() -> Db.count("select count(*) from outbox_messages where id = ? and sent_at is not null", job) == 1, "the job sent");
        Thread.sleep(3000);
        assertEquals(1, Db.count("select attempts from report_deliveries where id = ?", nl), "no second attempt");
        assertEquals(duplicatesBefore, duplicates(), "the receiver was not even asked again");
        assertEquals(2, received(report).size());
        assertEquals(2, ReportIntakeIT.audited("REPORT_DELIVERY_ATTEMPTED", report.toString(), "SUCCESS"));
    }

    @Test
    void whileTheReceiverIsDownADeliveryIsRetriedAndArrivesOnceWhenItIsBack() throws Exception {
        UUID report = ReportTriageIT.submit(List.of(digest("MD5", random(16))), false);
        receiver("stop");
        try {
            decideForward(report, "[\"DE\"]", false);
            UUID de = (UUID) Db.value("select id from report_deliveries where report_id = ? and recipient = 'DE'", report);
            await(() -> Db.count("select count(*) from report_deliveries where id = ? and attempts >= 3", de) == 1,
                    "three failed attempts (after 1 s and 2 s)");
            Map<String, Object> row = Db.rows("select state, last_error, next_attempt_at from report_deliveries where id = ?", de).get(0);
            assertEquals("PENDING", row.get("state"), "retried, not given up");
            assertTrue(String.valueOf(row.get("last_error")).contains("no answer"), String.valueOf(row.get("last_error")));
            assertTrue(row.get("next_attempt_at") != null);
            assertTrue(Db.count("select count(*) from report_delivery_attempts where delivery_id = ? and outcome = 'FAILED'"
                    + " and http_status is null", de) >= 3, "every failed attempt is in the delivery log");
            assertEquals("FORWARD_DECIDED", Db.value("select state from reports where id = ?", report));
        } finally {
            receiver("start");
        }
        awaitForwarded(report);
        List<JsonObject> received = received(report);
        assertEquals(1, received.size(), "exactly once: " + received);
        assertEquals("DE", received.get(0).getString("recipient"));
        long attempts = Db.count("select attempts from report_deliveries where report_id = ?", report);
        assertEquals(attempts, Db.count("select count(*) from report_delivery_attempts a join report_deliveries d on d.id = a.delivery_id"
                + " where d.report_id = ?", report), "one log row per attempt");
        assertEquals(1, Db.count("select count(*) from report_delivery_attempts a join report_deliveries d on d.id = a.delivery_id"
                + " where d.report_id = ? and a.outcome = 'DELIVERED' and a.attempt = ?", report, (int) attempts), "the last one delivered");
    }

    // --- helpers --------------------------------------------------------------------------------------

    /** The desk's reviewer claims the report and decides to forward it, through the desk's API. */
    static void decideForward(UUID report, String memberStates, boolean europol) {
        String reviewer = Tokens.user("reviewer");
        String base = "/api/v1/review/reports/" + report;
        await200(() -> Api.postJson(base + "/claim", "{}", reviewer));
        Api.Response decided = Api.postJson(base + "/forward", "{\"memberStates\":" + memberStates + ",\"europol\":" + europol + "}",
                reviewer);
        assertEquals(200, decided.status(), decided.toString());
        assertEquals("FORWARD_DECIDED", decided.json().getString("state"));
    }

    private static void await200(java.util.function.Supplier<Api.Response> call) {
        Api.Response r = call.get();
        assertEquals(200, r.status(), r.toString());
    }

    static void awaitForwarded(UUID report) throws InterruptedException {
        await(() -> "FORWARDED".equals(Db.value("select state from reports where id = ?", report)), "the report FORWARDED");
    }

    /** What the demo receiver kept for {@code report} (each delivery once). */
    static List<JsonObject> received(UUID report) throws IOException, InterruptedException {
        return receiverState().getJsonArray("received").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("reportId").equals(report.toString())).toList();
    }

    static int duplicates() throws IOException, InterruptedException {
        return receiverState().getInt("duplicates");
    }

    static JsonObject receiverState() throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(RECEIVER + "/received")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), "the demo receiver answers (bin/test starts it)");
        try (var reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readObject();
        }
    }

    /** Stops or starts the demo receiver's process while WildFly runs (bin/lib/demo-receiver). */
    static void receiver(String command) throws IOException, InterruptedException {
        Path script = Path.of(System.getProperty("user.dir")).resolve("../bin/lib/demo-receiver").normalize();
        Process p = new ProcessBuilder("bash", script.toString(), command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertEquals(0, p.waitFor(), "bin/lib/demo-receiver " + command);
    }
}
