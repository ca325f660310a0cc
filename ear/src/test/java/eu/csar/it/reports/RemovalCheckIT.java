package eu.csar.it.reports;

import eu.csar.it.indicators.ScreenSteps;
import eu.csar.it.support.Api;
import eu.csar.it.support.Browser;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Fixtures;
import eu.csar.it.support.ResetsPlatformClock;
import eu.csar.it.support.Tokens.Provider;
import eu.csar.it.support.Tokens;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static eu.csar.it.reports.ReportForwardingIT.HTTP;
import static eu.csar.it.reports.ReportForwardingIT.RECEIVER;
import static eu.csar.it.reports.ReportTriageIT.await;
import static eu.csar.it.reports.ReportTriageIT.digest;
import static eu.csar.it.reports.ReportTriageIT.random;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The EU Centre checks that reported public material was removed (issue 11 §4, last point), on the
 * real stack with the demo receiver's stand-in public host ({@code /public/{name}} on 127.0.0.1:8199;
 * the test server allows private addresses through {@code csar.removal-checks.allow-private-addresses}).
 * A report naming two public URLs is forwarded; the checks start (audited as system), both URLs are
 * asked with HEAD only and found online; one is switched gone, the platform clock moves a day on, and
 * its {@code removed_at} is recorded once with one audit entry, never asked again; the other stays
 * online. The provider reads both in its feedback, the reviewer on the report's page (headless Chromium). After the checking period (one month after the
 * decision) the other is STILL_ONLINE and listed for reviewers, searchable by a part of the URL (any case, % and _
 * as typed) and by report (an unreadable id or an over-long URL part: 400 naming it); a provider may not list them.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(ResetsPlatformClock.class)
@ExtendWith(AlphaSigningKey.class)
class RemovalCheckIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void forwardedPublicMaterialIsCheckedWithHeadAndItsRemovalRecordedOnce() throws Exception {
        String goneName = "item-" + UUID.randomUUID().toString().substring(0, 8);
        String stayName = "item-" + UUID.randomUUID().toString().substring(0, 8);
        String goneUrl = RECEIVER + "/public/" + goneName;
        String stayUrl = RECEIVER + "/public/" + stayName;
        UUID report = submit(List.of(goneUrl, stayUrl));
        // A second report whose URL has a literal % and _ in it, for the search of the still-online list.
        String otherName = "item-" + UUID.randomUUID().toString().substring(0, 8);
        String otherUrl = RECEIVER + "/public/" + otherName + "?sale=100%25_off";
        UUID other = submit(List.of(otherUrl));
        String alpha = Tokens.provider(Provider.ALPHA);

        JsonObject before = ReportIntakeIT.read(report.toString(), alpha);
        assertEquals(List.of(goneUrl, stayUrl), strings(before, "publicUrls"));
        assertTrue(before.getJsonObject("feedback").getJsonArray("publicMaterial").isEmpty(), "no checks before the decision");
        Thread.sleep(11_000); // one sweep: a report not decided for forwarding is not checked
        assertEquals(0, Db.count("select count(*) from report_public_material where report_id = ?", report));

        ReportForwardingIT.decideForward(report, "[\"NL\"]", false);
        ReportForwardingIT.decideForward(other, "[\"NL\"]", false);
        await(() -> Db.count("select count(*) from report_public_material where report_id = ? and checks >= 1", report) == 2,
                "both URLs checked once");
        assertEquals(1, ReportIntakeIT.audited("REPORT_REMOVAL_CHECKS_STARTED", report.toString(), "SUCCESS"));
        for (String url : List.of(goneUrl, stayUrl)) {
            Map<String, Object> row = material(report, url);
            assertEquals("CHECKING", row.get("state"));
            assertEquals("ONLINE", row.get("last_outcome"));
            assertEquals(200, ((Number) row.get("last_status")).intValue());
            assertEquals("PT24H", row.get("check_interval"), "the profile's report.removal-check-interval");
        }
        assertEquals(List.of("HEAD"), methods(goneName), "asked with HEAD only, never its body");

        JsonObject feedback = ReportIntakeIT.read(report.toString(), alpha).getJsonObject("feedback");
        List<JsonObject> shown = feedback.getJsonArray("publicMaterial").getValuesAs(JsonObject.class);
        assertEquals(2, shown.size(), feedback.toString());
        assertEquals(goneUrl, shown.get(0).getString("url"));
        assertEquals("CHECKING", shown.get(0).getString("state"));
        assertEquals("ONLINE", shown.get(0).getString("lastOutcome"));
        Instant decided = Instant.parse(feedback.getString("at"));
        assertEquals(decided.atZone(java.time.ZoneOffset.UTC).plusMonths(1).toInstant(),
                Instant.parse(shown.get(0).getString("checkedUntil")), "report.removal-check-until after the decision");

        // The material goes; a day later (platform clock) the next check finds it gone.
        assertEquals(200, receiverPost("/public/" + goneName + "/gone"));
        assertEquals(200, Api.postJson("/test-support/clock/advance", "{\"by\":\"PT25H\"}", Tokens.user("admin")).status());
        await(() -> "REMOVED".equals(material(report, goneUrl).get("state")), "the gone URL REMOVED");
        await(() -> ((Number) material(report, stayUrl).get("checks")).intValue() >= 2, "the other checked again");
        Map<String, Object> gone = material(report, goneUrl);
        Object removedAt = gone.get("removed_at");
        assertNotNull(removedAt);
        assertEquals(404, ((Number) gone.get("last_status")).intValue());
        assertEquals(2, Db.count("select count(*) from report_removal_checks c join report_public_material m on m.id = c.material_id"
                + " where m.report_id = ? and m.url = ?", report, goneUrl), "each check logged");
        assertEquals(1, Db.count("select count(*) from report_removal_checks c join report_public_material m on m.id = c.material_id"
                + " where m.report_id = ? and m.url = ? and c.outcome = 'GONE' and c.http_status = 404", report, goneUrl));
        assertEquals("CHECKING", material(report, stayUrl).get("state"));
        assertEquals(1, ReportIntakeIT.audited("REPORT_MATERIAL_REMOVED", report.toString(), "SUCCESS"));
        assertEquals(1, Db.count("select count(*) from audit_entries where action = 'REPORT_MATERIAL_REMOVED' and object_id = ?"
                + " and actor = 'system'", report.toString()), "audited as system");
        assertTrue(ReportIntakeIT.audited("REPORT_REMOVAL_CHECKED", report.toString(), "SUCCESS") >= 4);

        // Once removed, never asked again and recorded once.
        Thread.sleep(11_000);
        assertEquals(removedAt, material(report, goneUrl).get("removed_at"));
        assertEquals(List.of("HEAD", "HEAD"), methods(goneName));
        assertEquals(1, ReportIntakeIT.audited("REPORT_MATERIAL_REMOVED", report.toString(), "SUCCESS"));

        shown = ReportIntakeIT.read(report.toString(), alpha).getJsonObject("feedback").getJsonArray("publicMaterial")
                .getValuesAs(JsonObject.class);
        assertEquals("REMOVED", shown.get(0).getString("state"));
        assertNotNull(shown.get(0).getString("removedAt"));
        assertEquals("CHECKING", shown.get(1).getString("state"));

        // The reviewer sees the same on the report's page, the URLs as text, never as links.
        try (Browser browser = Browser.start()) {
            WebDriver d = browser.loginAs("reviewer", ReviewDeskPortalIT.DESK).driver();
            browser.open("/portal/reports/review.xhtml?id=" + report);
            ScreenSteps.await(browser, "desk-removal-checks", x -> !x.findElements(By.id("removal")).isEmpty());
            String card = d.findElement(By.id("removal")).getText();
            assertTrue(card.contains(goneUrl) && card.contains(stayUrl), card);
            assertTrue(card.contains("Removed") && card.contains("Still online, checks go on") && card.contains("GONE (HTTP 404)"), card);
            assertTrue(d.findElements(By.cssSelector("#removal a, #public-urls a")).isEmpty(), "no links to reported material");
        }

        // After the checking period the other is still online: listed for reviewers, not for providers.
        assertEquals(200, Api.postJson("/test-support/clock/advance", "{\"by\":\"P1M\"}", Tokens.user("admin")).status());
        await(() -> "STILL_ONLINE".equals(material(report, stayUrl).get("state")), "the other STILL_ONLINE");
        assertNull(material(report, stayUrl).get("removed_at"));
        Api.Response listed = Api.get("/api/v1/review/public-material/still-online", Tokens.user("reviewer"));
        assertEquals(200, listed.status(), listed.toString());
        assertTrue(listed.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(i -> i.getString("reportId").equals(report.toString()) && i.getString("url").equals(stayUrl)), listed.toString());
        assertEquals(403, Api.get("/api/v1/review/public-material/still-online", alpha).status());
        assertTrue(Db.count("select count(*) from audit_entries where action = 'REPORT_MATERIAL_LIST_READ'") >= 1);

        // Searched by a part of the URL (ignoring case) and by report.
        await(() -> "STILL_ONLINE".equals(material(other, otherUrl).get("state")), "the other report's URL STILL_ONLINE");
        long mark = Fixtures.auditMark();
        assertEquals(List.of(stayUrl), stillOnlineUrls("url=" + encode(" " + stayName.toUpperCase(Locale.ROOT) + " ")),
                "a part of the URL, any case, trimmed");
        assertEquals(List.of(otherUrl), stillOnlineUrls("url=" + encode(otherName + "?sale=100%25_off")),
                "% and _ match themselves");
        String wild = stayName.substring(0, 5) + "%" + stayName.substring(6);
        assertEquals(List.of(), stillOnlineUrls("url=" + encode(wild)), "% is no wildcard: " + wild);
        assertEquals(List.of(), stillOnlineUrls("url=" + encode(stayName.substring(0, 5) + "_" + stayName.substring(6))),
                "_ is no wildcard");
        assertEquals(List.of(otherUrl), stillOnlineUrls("report=" + other), "only that report's URLs");
        assertEquals(List.of(stayUrl), stillOnlineUrls("report=" + report + "&url=" + encode(stayName)), "both filters");
        assertEquals(List.of(), stillOnlineUrls("report=" + other + "&url=" + encode(stayName)), "both filters, nothing");
        assertTrue(Db.count("select count(*) from audit_entries where seq > ? and action = 'REPORT_MATERIAL_LIST_READ' and actor = 'reviewer'"
                + " and purpose like '%URL containing a text of " + stayName.length() + " character(s)%'", mark) >= 1,
                "the search audited by the fragment's length");
        assertEquals(0, Db.count("select count(*) from audit_entries where seq > ? and lower(purpose) like ?", mark,
                "%" + stayName + "%"), "the audit trail names no reported URL");
        assertTrue(Db.count("select count(*) from audit_entries where seq > ? and action = 'REPORT_MATERIAL_LIST_READ'"
                + " and object_id = ?", mark, other.toString()) >= 1, "a search by report audited on the report");

        Api.Response badReport = Api.get("/api/v1/review/public-material/still-online?report=not-a-uuid", Tokens.user("reviewer"));
        assertEquals(400, badReport.status(), badReport.toString());
        assertEquals("report", badReport.json().getJsonArray("violations").getJsonObject(0).getString("field"), badReport.toString());
        Api.Response longUrl = Api.get("/api/v1/review/public-material/still-online?url=" + "a".repeat(2001), Tokens.user("reviewer"));
        assertEquals(400, longUrl.status(), longUrl.toString());
        assertEquals("url", longUrl.json().getJsonArray("violations").getJsonObject(0).getString("field"), longUrl.toString());
        assertEquals(200, Api.get("/api/v1/review/public-material/still-online?url=" + "a".repeat(2000), Tokens.user("reviewer"))
                .status(), "2,000 characters are allowed");
        assertEquals(403, Api.get("/api/v1/review/public-material/still-online?report=" + other + "&url=item", alpha).status());

        // Every watched URL, paged: the still-online one first, then the removed one; by state; the total on every page.
        JsonObject first = watched("report=" + report + "&size=1");
        assertEquals(2, first.getInt("total"), first.toString());
        assertEquals(0, first.getInt("page"));
        assertEquals(1, first.getInt("size"));
        JsonObject firstItem = first.getJsonArray("items").getJsonObject(0);
        assertEquals(List.of(stayUrl, "STILL_ONLINE", report.toString()),
                List.of(firstItem.getString("url"), firstItem.getString("state"), firstItem.getString("reportId")), first.toString());
        JsonObject second = watched("report=" + report + "&size=1&page=1");
        JsonObject secondItem = second.getJsonArray("items").getJsonObject(0);
        assertEquals(List.of(goneUrl, "REMOVED"), List.of(secondItem.getString("url"), secondItem.getString("state")), second.toString());
        assertNotNull(secondItem.getString("removedAt", null), second.toString());
        assertEquals(2, second.getInt("total"));
        assertTrue(watched("report=" + report + "&size=1&page=2").getJsonArray("items").isEmpty(), "past the last page: none");
        assertEquals(List.of(goneUrl), urls(watched("report=" + report + "&state=removed")), "by state, any case");
        assertEquals(List.of(otherUrl), urls(watched("state=STILL_ONLINE&url=" + encode(otherName))), "by a part of the URL");
        assertTrue(watched("").getInt("total") >= 3, "all states of all reports by default");
        long listMark = Fixtures.auditMark();
        watched("report=" + other);
        assertEquals(1, Db.count("select count(*) from audit_entries where seq > ? and action = 'REPORT_MATERIAL_LIST_READ'"
                + " and actor = 'reviewer' and object_id = ? and purpose like '%1 of 1 from 0'", listMark, other.toString()), "a page read audited");
        for (String[] bad : List.of(new String[] {"state=GONE", "state"}, new String[] {"size=101", "size"},
                new String[] {"size=0", "size"}, new String[] {"page=-1", "page"}, new String[] {"page=x", "page"},
                new String[] {"report=nope", "report"}, new String[] {"url=" + "a".repeat(2001), "url"})) {
            Api.Response refused = Api.get("/api/v1/review/public-material?" + bad[0], Tokens.user("reviewer"));
            assertEquals(400, refused.status(), bad[0] + ": " + refused);
            assertEquals(bad[1], refused.json().getJsonArray("violations").getJsonObject(0).getString("field"), refused.toString());
        }
        assertEquals(403, Api.get("/api/v1/review/public-material", alpha).status());
        assertEquals(200, Api.get("/api/v1/review/public-material?size=100", Tokens.user("auditor")).status(), "auditors read it too");
    }

    private static JsonObject watched(String query) {
        Api.Response r = Api.get("/api/v1/review/public-material?" + query, Tokens.user("reviewer"));
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private static List<String> urls(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(i -> i.getString("url")).toList();
    }

    @Test
    void aReportRefusesAUrlThatIsNotHttp() {
        String body = Json.createObjectBuilder().add("type", "NEW").add("timestamp", "2026-12-03T10:00:00Z")
                .add("reportedToThirdCountry", false).add("removedOrDisabled", false).add("urgent", false)
                .add("legalBasis", "Art 12(1) COM(2022) 209")
                .add("publicUrls", Json.createArrayBuilder().add("https://host.example.org/a").add("ftp://host.example.org/b")).build()
                .toString();
        Api.Response r = ReportIntakeIT.post(ReportIntakeIT.REPORTS, body, Tokens.provider(Provider.ALPHA));
        assertEquals(400, r.status(), r.toString());
        assertTrue(r.toString().contains("publicUrls[1]"), r.toString());
    }

    // --- helpers --------------------------------------------------------------------------------------

    /** A one-call report of Alpha naming {@code urls}, signed over the canonical document written here. */
    static UUID submit(List<String> urls) throws Exception {
        UUID id = UUID.randomUUID();
        ReportTriageIT.Item item = digest("SHA256", random(32));
        JsonArrayBuilder docUrls = Json.createArrayBuilder();
        urls.forEach(docUrls::add);
        String document = "{\"csarReport\":1,\"evidence\":[{\"kind\":\"SHA256\",\"position\":1,\"value\":\"" + item.value() + "\"}],"
                + "\"id\":\"" + id + "\",\"legalBasis\":\"Art 12(1) COM(2022) 209\",\"provider\":\"" + Provider.ALPHA.providerId + "\","
                + "\"publicUrls\":" + docUrls.build() + ","
                + "\"removedOrDisabled\":false,\"reportedToThirdCountry\":false,\"timestamp\":\"2026-12-03T10:00:00Z\","
                + "\"type\":\"NEW\",\"urgent\":false,\"userIdentifiers\":[]}";
        JsonArrayBuilder bodyUrls = Json.createArrayBuilder();
        urls.forEach(bodyUrls::add);
        String body = Json.createObjectBuilder().add("id", id.toString()).add("type", "NEW").add("timestamp", "2026-12-03T10:00:00Z")
                .add("reportedToThirdCountry", false).add("removedOrDisabled", false).add("urgent", false)
                .add("legalBasis", "Art 12(1) COM(2022) 209").add("publicUrls", bodyUrls)
                .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "SHA256").add("value", item.value())))
                .add("signature", ReportIntakeIT.sign(AlphaSigningKey.privateKey(), document)).build().toString();
        Api.Response r = ReportIntakeIT.post(ReportIntakeIT.REPORTS + "/complete", body, Tokens.provider(Provider.ALPHA));
        assertEquals(201, r.status(), r.toString());
        return id;
    }

    /** The URLs of the still-online list that a reviewer reads with the query {@code query}, in the list's order. */
    private static List<String> stillOnlineUrls(String query) {
        Api.Response r = Api.get("/api/v1/review/public-material/still-online?" + query, Tokens.user("reviewer"));
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class).stream().map(i -> i.getString("url")).toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static Map<String, Object> material(UUID report, String url) {
        return Db.rows("select * from report_public_material where report_id = ? and url = ?", report, url).get(0);
    }

    private static List<String> strings(JsonObject o, String name) {
        return o.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /** The methods the demo receiver's stand-in public path {@code name} was asked with. */
    private static List<String> methods(String name) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(RECEIVER + "/public-requests/" + name)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        try (var reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readObject().getJsonArray("methods").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }

    /** POSTs to the demo receiver ({@code /public/{name}/gone}, {@code /online}); its status. */
    static int receiverPost(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(RECEIVER + path)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
