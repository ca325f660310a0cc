package eu.csar.it.indicators;

import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Fixtures;
import eu.csar.it.support.ResetsPlatformClock;
import eu.csar.it.support.Tokens.Provider;
import eu.csar.it.support.Tokens;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Match as a service on the real stack, with real tokens: a provider with a live grant finds the
 * synthetic indicators of the granted set (distance, provenance class, never a decision reference);
 * without a grant, with another provider's grant or after its grant expired it finds nothing; the
 * API refuses a malformed batch (400, nothing recorded) and a provider over its rate (429 with
 * Retry-After); an indicator made unmatchable stops matching without a rebuild; a burst of matches
 * quarantines an indicator; false-positive flags need a live grant; SOAP answers like REST.
 *
 * <p>The node writes the match counters about once a second, after the call: the tests poll for
 * counters and quarantines (at most {@link #COUNTERS}) and compare counter totals once they have
 * settled.
 *
 * <p>Each test run makes its own sub-sets of known-images (so other tests' indicators never match)
 * and its own grants; the rate limit and flood rule are changed only around the tests that need it.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(ResetsPlatformClock.class)
class IndicatorMatchIT {

    static final String KNOWN_IMAGES = "00000000-0000-4000-8000-000000000441";
    static final String MATCH = "/api/v1/indicators/match";
    static final Duration PATIENCE = Duration.ofSeconds(15);
    /** How long counters and quarantines may take: the counter flush runs every second. */
    static final Duration COUNTERS = Duration.ofSeconds(10);
    static final String ALPHA_COUNTERS = "select coalesce(sum(matches), 0) from indicator_match_counts where provider_id = ?";
    static final String INDICATOR_COUNTER = "select coalesce(sum(matches), 0) from indicator_match_counts"
            + " where indicator_id = ?::uuid and provider_id = ?";

    /** One sub-set with synthetic indicators and its samples. */
    record Fixture(String code, String setId, JsonArray samples) {
        JsonObject sample(int i) {
            return samples.getJsonObject(i);
        }
    }

    private static Fixture alphaSet;
    private static Fixture betaSet;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    static String admin() {
        return Tokens.user("admin");
    }

    /** ALPHA holds a live MATCH grant on alphaSet; BETA one on betaSet; GAMMA none. */
    static synchronized Fixture alpha() {
        if (alphaSet == null) {
            alphaSet = subSet("alpha", 40, 11);
            grant(Provider.ALPHA, alphaSet.setId, platformNow().minus(Duration.ofHours(1)), platformNow().plus(Duration.ofDays(3650)));
            betaSet = subSet("beta", 20, 12);
            grant(Provider.BETA, betaSet.setId, platformNow().minus(Duration.ofHours(1)), platformNow().plus(Duration.ofDays(3650)));
            awaitTrue(() -> matches(Provider.ALPHA, alphaSet.sample(0).getString("value")).size() == 1, "the index follows the inserts");
        }
        return alphaSet;
    }

    static Fixture subSet(String name, int count, long seed) {
        String id = UUID.randomUUID().toString();
        String code = "it-match-" + name + "-" + id.substring(0, 8);
        Db.execute("insert into indicator_sets (id, code, parent_id, kinds, source, created_at) values ('" + id + "', '" + code
                + "', '" + KNOWN_IMAGES + "', 'PDQ', 'THIRD_PARTY_LIST', now())");
        Api.Response r = Api.postJson("/test-support/indicators",
                "{\"set\":\"" + code + "\",\"count\":" + count + ",\"seed\":" + (seed * 1_000_003 + System.nanoTime() % 1_000_000)
                        + ",\"clusterSize\":1}", admin());
        assertEquals(200, r.status(), r.toString());
        assertEquals(count, r.json().getInt("count"));
        return new Fixture(code, id, r.json().getJsonArray("samples"));
    }

    static String grant(Provider provider, String setId, Instant from, Instant until) {
        String body = Json.createObjectBuilder().add("providerId", provider.providerId.toString()).add("setId", setId)
                .add("validFrom", from.toString()).add("validUntil", until.toString()).add("profile", "COUNCIL-GA-2025")
                .add("legalBasis", "VOLUNTARY_DETECTION").add("purpose", "IndicatorMatchIT").add("access", "MATCH").build().toString();
        Api.Response r = Api.post("/api/v1/indicator-grants", body, admin(), "Content-Type", "application/json",
                "Idempotency-Key", UUID.randomUUID().toString());
        assertEquals(201, r.status(), r.toString());
        return r.json().getString("id");
    }

    static Instant platformNow() {
        return Instant.parse(Api.get("/test-support/clock", admin()).json().getString("now"));
    }

    static String batch(String kind, String... hashes) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (String h : hashes) {
            array.add(Json.createObjectBuilder().add("kind", kind).add("hash", h));
        }
        return Json.createObjectBuilder().add("hashes", array).build().toString();
    }

    static Api.Response match(Provider provider, String body) {
        return Api.postJson(MATCH, body, Tokens.provider(provider));
    }

    /** The matches of one PDQ hash for {@code provider}. */
    static List<JsonObject> matches(Provider provider, String pdq) {
        Api.Response r = match(provider, batch("PDQ", pdq));
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonArray("results").getJsonObject(0).getJsonArray("matches").getValuesAs(JsonObject.class);
    }

    static String soapHash(String kind, String hex) {
        return "<m:hash><m:kind>" + kind + "</m:kind><m:hash>" + hex + "</m:hash></m:hash>";
    }

    static void awaitTrue(BooleanSupplier condition, String what) {
        awaitTrue(condition, PATIENCE, what);
    }

    static void awaitTrue(BooleanSupplier condition, Duration patience, String what) {
        long end = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return;
            }
            sleep(100);
        }
        throw new AssertionError("not within " + patience + ": " + what);
    }

    /**
     * The count {@code sql} gives once the pending counters are written: the same value twice, more
     * than a flush period apart (within {@link #COUNTERS}).
     */
    static long settled(String sql, Object... params) {
        long end = System.nanoTime() + COUNTERS.toNanos();
        long last = Db.count(sql, params);
        while (System.nanoTime() < end) {
            sleep(1_500);
            long now = Db.count(sql, params);
            if (now == last) {
                return now;
            }
            last = now;
        }
        throw new AssertionError("counters still moving after " + COUNTERS + ": " + sql);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static long matchAudits(long mark, Provider provider) {
        return Db.count("select count(*) from audit_entries where seq > ? and action = 'INDICATOR_BATCH_MATCHED' and object_id = ?",
                mark, provider.providerId.toString());
    }

    @Test
    void aLiveGrantFindsExactAndNearDuplicatesWithDistanceAndProvenanceClassInOneAuditedCall() {
        Fixture f = alpha();
        JsonObject sample = f.sample(0);
        long counted = settled(INDICATOR_COUNTER, sample.getString("id"), Provider.ALPHA.providerId);
        long mark = Fixtures.auditMark();
        Api.Response r = match(Provider.ALPHA, batch("PDQ", sample.getString("value"), sample.getString("nearDuplicate"),
                "0".repeat(64)));
        assertEquals(200, r.status(), r.toString());
        JsonObject answer = r.json();
        assertEquals(3, answer.getInt("hashes"));
        JsonArray results = answer.getJsonArray("results");
        JsonObject exact = results.getJsonObject(0).getJsonArray("matches").getJsonObject(0);
        assertEquals(sample.getString("id"), exact.getString("indicatorId"));
        assertEquals(f.code, exact.getString("set"));
        assertEquals(0, exact.getInt("distance"));
        assertEquals(List.of("THIRD_PARTY_LIST"), exact.getJsonArray("provenance").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        JsonObject near = results.getJsonObject(1).getJsonArray("matches").stream().map(JsonObject.class::cast)
                .filter(m -> m.getString("indicatorId").equals(sample.getString("id"))).findFirst().orElseThrow();
        assertTrue(near.getInt("distance") <= 6, near.toString());
        assertTrue(results.getJsonObject(2).getJsonArray("matches").isEmpty());
        assertFalse(r.body().contains("decision"), "never a decision reference");

        assertEquals(1, matchAudits(mark, Provider.ALPHA), "one audit entry per call, not per hash");
        String purpose = (String) Db.value("select purpose from audit_entries where seq > ? and action = 'INDICATOR_BATCH_MATCHED'"
                + " and object_id = ?", mark, Provider.ALPHA.providerId.toString());
        assertTrue(purpose.startsWith("match: 3 hashes, " + answer.getInt("matches") + " matches; grants ["), purpose);
        awaitTrue(() -> Db.count(INDICATOR_COUNTER, sample.getString("id"), Provider.ALPHA.providerId) >= counted + 2, COUNTERS,
                "the counter grows after the call");
        assertEquals(counted + 2, settled(INDICATOR_COUNTER, sample.getString("id"), Provider.ALPHA.providerId),
                "the exact hash and its near-duplicate: two matches counted, once");
        assertEquals(1, Db.count("select count(*) from indicator_match_counts where indicator_id = ?::uuid and provider_id = ?",
                sample.getString("id"), Provider.ALPHA.providerId), "one counter row for the indicator, provider and day");
    }

    @Test
    void noGrantAnotherProvidersGrantOrAnExpiredGrantFindsNothing() {
        Fixture f = alpha();
        String value = f.sample(1).getString("value");
        assertEquals(1, matches(Provider.ALPHA, value).size());
        assertTrue(matches(Provider.GAMMA, value).isEmpty(), "no grant, no matches");
        assertTrue(matches(Provider.BETA, value).isEmpty(), "another provider's grant gives nothing");
        assertEquals(1, matches(Provider.BETA, betaSet.sample(0).getString("value")).size());

        Fixture shortLived = subSet("expiring", 10, 13);
        Instant now = platformNow();
        grant(Provider.GAMMA, shortLived.setId, now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofHours(1)));
        String gammaValue = shortLived.sample(0).getString("value");
        awaitTrue(() -> matches(Provider.GAMMA, gammaValue).size() == 1, "a live grant matches");
        Api.Response advanced = Api.postJson("/test-support/clock/advance", "{\"by\":\"PT2H\"}", admin());
        assertEquals(200, advanced.status(), advanced.toString());
        assertTrue(matches(Provider.GAMMA, gammaValue).isEmpty(), "an expired grant stops access by itself");
    }

    @Test
    void falsePositiveFlagsNeedALiveGrant() {
        Fixture f = alpha();
        String id = f.sample(2).getString("id");
        Api.Response refused = Api.postJson("/api/v1/indicators/" + id + "/false-positive", "{\"reason\":\"a logo\"}",
                Tokens.provider(Provider.GAMMA));
        assertEquals(404, refused.status(), refused.toString());
        assertEquals(0, Db.count("select count(*) from indicator_flags where indicator_id = ?::uuid", id));
        Api.Response flagged = Api.postJson("/api/v1/indicators/" + id + "/false-positive", "{\"reason\":\"a logo\"}",
                Tokens.provider(Provider.ALPHA));
        assertEquals(201, flagged.status(), flagged.toString());
        assertEquals(1, Db.count("select count(*) from indicator_flags where indicator_id = ?::uuid and provider_id = ?"
                + " and reason = 'a logo' and resolved_at is null", id, Provider.ALPHA.providerId));
    }

    @Test
    void onlyProvidersWithATokenMayMatch() {
        String body = batch("MD5", "0".repeat(32));
        assertEquals(401, Api.postJson(MATCH, body, null).status());
        Api.Response forbidden = Api.postJson(MATCH, body, admin());
        assertEquals(403, forbidden.status(), forbidden.toString());
        Api.Response grants = Api.get("/api/v1/indicator-grants", Tokens.provider(Provider.ALPHA));
        assertEquals(403, grants.status(), grants.toString());
    }

    @Test
    void aMalformedBatchIsRefusedNamingTheLineAndNothingIsRecorded() {
        alpha();
        long mark = Fixtures.auditMark();
        long counters = settled(ALPHA_COUNTERS, Provider.ALPHA.providerId);
        String[] many = new String[1001];
        java.util.Arrays.fill(many, alphaSet.sample(0).getString("value"));
        Api.Response tooMany = match(Provider.ALPHA, batch("PDQ", many));
        assertEquals(400, tooMany.status(), tooMany.toString());
        assertEquals("urn:eu:csar:problem:validation-failed", tooMany.json().getString("type"));
        Api.Response badHex = match(Provider.ALPHA, "{\"hashes\":[{\"kind\":\"MD5\",\"hash\":\"" + "0".repeat(32) + "\"},"
                + "{\"kind\":\"PDQ\",\"hash\":\"xyz\"}]}");
        assertEquals(400, badHex.status(), badHex.toString());
        assertEquals("hashes[1]", badHex.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        assertTrue(badHex.json().getString("detail").startsWith("Line 2"), badHex.body());
        assertEquals(400, match(Provider.ALPHA, "{\"hashes\":[{\"kind\":\"URL\",\"hash\":\"https://example.invalid/\"}]}").status());
        assertEquals(400, match(Provider.ALPHA, "{\"hashes\":[]}").status());
        assertEquals(0, matchAudits(mark, Provider.ALPHA), "nothing recorded");
        assertEquals(counters, settled(ALPHA_COUNTERS, Provider.ALPHA.providerId), "no counter grew");
    }

    @Test
    void aProviderOverItsRateGets429WithRetryAfter() {
        Api.Response set = Api.postJson("/test-support/indicators/match-settings", "{\"hashesPerSecond\":1,\"burst\":3}", admin());
        assertEquals(200, set.status(), set.toString());
        try {
            String body = batch("SHA256", "a".repeat(64), "b".repeat(64), "c".repeat(64));
            Api.Response first = match(Provider.GAMMA, body);
            assertEquals(200, first.status(), first.toString());
            Api.Response limited = match(Provider.GAMMA, body);
            assertEquals(429, limited.status(), limited.toString());
            assertEquals("urn:eu:csar:problem:too-many-requests", limited.json().getString("type"));
            long retryAfter = Long.parseLong(limited.header("Retry-After").orElseThrow());
            assertTrue(retryAfter >= 1 && retryAfter <= 3, "Retry-After " + retryAfter);

            Api.Response fault = Api.soap("/ws/indicators/match", "", Api.envelope(
                    "<m:Match xmlns:m=\"urn:eu:csar:indicators:v1\">" + soapHash("MD5", "0".repeat(32)) + soapHash("MD5", "1".repeat(32))
                            + soapHash("MD5", "2".repeat(32)) + soapHash("MD5", "3".repeat(32)) + "</m:Match>"),
                    Tokens.provider(Provider.GAMMA));
            assertEquals(500, fault.status(), fault.toString());
            assertTrue(fault.body().contains("urn:eu:csar:problem:too-many-requests") && fault.body().contains("<status>429</status>"),
                    fault.body());
        } finally {
            Api.postJson("/test-support/indicators/match-settings", "{\"hashesPerSecond\":20000,\"burst\":40000}", admin());
        }
    }

    @Test
    void soapMatchesLikeRest() {
        Fixture f = alpha();
        JsonObject sample = f.sample(3);
        Api.Response r = Api.soap("/ws/indicators/match", "", Api.envelope("<m:Match xmlns:m=\"urn:eu:csar:indicators:v1\">"
                + soapHash("PDQ", sample.getString("value")) + "</m:Match>"), Tokens.provider(Provider.ALPHA));
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.body().contains(sample.getString("id")), r.body());
        assertTrue(r.body().contains("THIRD_PARTY_LIST"), r.body());
        assertTrue(r.body().contains("distance>0</"), r.body());
    }

    @Test
    void anIndicatorMadeUnmatchableStopsMatchingWithoutARebuild() {
        Fixture f = alpha();
        JsonObject sample = f.sample(4);
        assertEquals(1, matches(Provider.ALPHA, sample.getString("value")).stream()
                .filter(m -> m.getString("indicatorId").equals(sample.getString("id"))).count());
        Api.Response retired = Api.postJson("/test-support/indicators/" + sample.getString("id") + "/retire", "{}", admin());
        assertEquals(200, retired.status(), retired.toString());
        awaitTrue(() -> matches(Provider.ALPHA, sample.getString("value")).stream()
                .noneMatch(m -> m.getString("indicatorId").equals(sample.getString("id"))), "the retired indicator stops matching");
    }

    @Test
    void aBurstOfMatchesQuarantinesTheIndicator() {
        Fixture f = alpha();
        JsonObject sample = f.sample(6);
        Api.Response set = Api.postJson("/test-support/indicators/match-settings", "{\"floodMinCount\":5,\"floodFactor\":2}", admin());
        assertEquals(200, set.status(), set.toString());
        try {
            String[] burst = new String[10];
            java.util.Arrays.fill(burst, sample.getString("value"));
            Api.Response r = match(Provider.ALPHA, batch("PDQ", burst));
            assertEquals(200, r.status(), r.toString());
            awaitTrue(() -> "QUARANTINED".equals(Db.value("select state from indicators where id = ?::uuid", sample.getString("id"))),
                    COUNTERS, "the flush's flood rule quarantines the indicator");
            assertEquals(1, Db.count("select count(*) from indicator_status_changes where indicator_id = ?::uuid and to_state = 'QUARANTINED'",
                    sample.getString("id")));
            assertEquals(1, Db.count("select count(*) from audit_entries where action = 'INDICATOR_FLOOD_QUARANTINED' and object_id = ?",
                    sample.getString("id")));
            awaitTrue(() -> matches(Provider.ALPHA, sample.getString("value")).stream()
                    .noneMatch(m -> m.getString("indicatorId").equals(sample.getString("id"))), "a quarantined indicator stops matching");
        } finally {
            Api.postJson("/test-support/indicators/match-settings", "{\"floodMinCount\":1000,\"floodFactor\":10}", admin());
        }
    }

    @Test
    void grantsAreCheckedAgainstTheLegalProfileAndListedForAdmins() {
        Fixture f = alpha();
        String body = Json.createObjectBuilder().add("providerId", Provider.GAMMA.providerId.toString()).add("setId", f.setId)
                .add("validFrom", "2026-01-01T00:00:00Z").add("validUntil", "2027-01-01T00:00:00Z").add("profile", "COUNCIL-GA-2025")
                .add("legalBasis", "DETECTION_ORDER").add("orderReference", "DO-IT-1").add("purpose", "wrong basis")
                .add("access", "MATCH").build().toString();
        Api.Response refused = Api.post("/api/v1/indicator-grants", body, admin(), "Content-Type", "application/json",
                "Idempotency-Key", UUID.randomUUID().toString());
        assertEquals(400, refused.status(), refused.toString());
        assertEquals("basis", refused.json().getJsonArray("violations").getJsonObject(0).getString("field"));

        Api.Response list = Api.get("/api/v1/indicator-grants?providerId=" + Provider.ALPHA.providerId + "&setId=" + f.setId, admin());
        assertEquals(200, list.status(), list.toString());
        JsonObject grant = list.jsonArray().getJsonObject(0);
        assertEquals(f.code, grant.getString("setCode"));
        assertTrue(grant.getBoolean("live"));
        assertEquals("VOLUNTARY_DETECTION", grant.getString("legalBasis"));
    }
}
