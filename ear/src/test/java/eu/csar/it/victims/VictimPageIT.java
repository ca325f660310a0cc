package eu.csar.it.victims;

import eu.csar.detection.digest.FileDigests;
import eu.csar.detection.pdq.PdqFileHasher;
import eu.csar.detection.pdq.PdqResult;
import eu.csar.it.support.Api;
import eu.csar.it.support.Browser;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Victims and survivors (Art 20-21, issue 12 §1) on the real stack: a Coordinating Authority opens a
 * case and gets a code (stored only as a hash); another Member State's authority gets 404; on the
 * victim page at phone size a wrong code is refused and audited, the 5th locks the case, a new code
 * unlocks it; pasted hash lines become a VICTIM_REQUEST submission linked to the case; after a
 * reviewer's verification the hash matches, after the survivor's withdrawal it no longer matches
 * and the delta lists it as removed; the summary shows a seeded report's forwarding and nothing
 * else; a request for help reaches the authority's inbox; a revoked code is refused. Screenshots EN
 * and NL at 390 px. Synthetic hashes only.
 */
@ExtendWith(ArquillianExtension.class)
class VictimPageIT {

    static final String CASES = "/api/v1/victim-cases";
    static final String PAGE = "/public/victim/index.xhtml";
    static final SecureRandom RANDOM = new SecureRandom();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    static String hex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    static JsonObject open(String token) {
        Api.Response r = Api.postJson(CASES, "{\"contactReference\":\"" + Fixtures.unique("NL-FILE") + "\"}", token);
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    static Browser phone(String lang) {
        Browser b = Browser.start();
        b.driver().manage().window().setSize(new Dimension(390, 844));
        b.open(PAGE + "?lang=" + lang);
        return b;
    }

    static void signIn(Browser b, String caseNumber, String code) {
        WebDriver d = b.driver();
        d.findElement(By.id("signin:caseNumber")).clear();
        d.findElement(By.id("signin:caseNumber")).sendKeys(caseNumber);
        d.findElement(By.id("signin:code")).sendKeys(code);
        d.findElement(By.id("signin:go")).click();
        b.settle();
    }

    static String text(Browser b) {
        return b.driver().findElement(By.tagName("body")).getText();
    }

    static void await(BooleanSupplier condition, String what) {
        long end = System.currentTimeMillis() + 15_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("not within 15 s: " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static boolean matches(String kind, String hash) {
        Api.Response r = Api.postJson("/api/v1/indicators/match", "{\"hashes\":[{\"kind\":\"" + kind + "\",\"hash\":\"" + hash + "\"}]}",
                Tokens.provider(Tokens.Provider.ALPHA));
        assertEquals(200, r.status(), r.toString());
        return !r.json().getJsonArray("results").getJsonObject(0).getJsonArray("matches").isEmpty();
    }

    /**
     * Ends this class's grants on the shared known-images set, so that other classes' indicators in that
     * set (e.g. a detection order's, which must not match before the order starts) do not match for
     * ALPHA afterwards.
     */
    static void endGrants() {
        Db.execute("update indicator_grants set revoked_at = now(), revoked_reason = 'VictimPageIT done' "
                + "where purpose = 'VictimPageIT' and revoked_at is null");
    }

    static void grantAlpha(String access) {
        Db.execute("insert into indicator_grants (id, version, provider_id, set_id, valid_from, valid_until, legal_basis, purpose, "
                + "access, created_by, created_at) values ('" + UUID.randomUUID() + "', 0, '" + Tokens.Provider.ALPHA.providerId
                + "', '00000000-0000-4000-8000-000000000441', now() - interval '1 hour', now() + interval '10 years', "
                + "'VOLUNTARY_DETECTION', 'VictimPageIT', '" + access + "', 'it', now())");
    }

    /** A report forwarded to the Dutch police on 2026-11-20 whose evidence holds {@code sha256}. */
    static UUID seedForwardedReport(String sha256) {
        UUID report = UUID.randomUUID();
        Db.execute("insert into reports (id, version, provider_id, state, report_type, provider_timestamp, reported_to_third_country, "
                        + "removed_or_disabled, urgent, legal_basis, opened_by, opened_at, finished_at, signature, signature_algorithm, "
                        + "signed_document_sha256, state_changed_at, decision, decided_at, jurisdiction_member_states) values ('" + report
                        + "', 0, '" + Tokens.Provider.ALPHA.providerId + "', 'FORWARDED', 'KNOWN', '2026-11-19T08:00:00Z', false, false, false, "
                        + "'Art 12', 'alpha-it', '2026-11-19T08:00:00Z', '2026-11-19T09:00:00Z', 'sig', 'ES256', '" + "a".repeat(64)
                        + "', '2026-11-20T10:00:00Z', 'FORWARD', '2026-11-20T09:30:00Z', 'NL')",
                "insert into report_evidence (id, report_id, position, kind, hash_value, attached_at) values ('" + UUID.randomUUID()
                        + "', '" + report + "', 1, 'SHA256', '" + sha256 + "', '2026-11-19T08:30:00Z')",
                "insert into report_deliveries (id, version, report_id, recipient, urgent, state, attempts, created_at, delivered_at) "
                        + "values ('" + UUID.randomUUID() + "', 0, '" + report + "', 'NL', false, 'DELIVERED', 1, "
                        + "'2026-11-20T09:30:00Z', '2026-11-20T10:00:00Z')");
        return report;
    }

    @Test
    void anotherMemberStatesAuthorityFindsNoCase() {
        JsonObject opened = open(Tokens.user("ca-nl"));
        String id = opened.getJsonObject("victimCase").getString("id");
        assertEquals(404, Api.get(CASES + "/" + id, Tokens.user("ca-de")).status());
        assertEquals(404, Api.delete(CASES + "/" + id + "/access-code", Tokens.user("ca-de")).status());
        assertEquals(404, Api.postJson(CASES + "/" + id + "/access-code", "{}", Tokens.user("ca-de")).status());
        assertEquals(200, Api.get(CASES + "/" + id, Tokens.user("ca-nl")).status());
        assertEquals(403, Api.get(CASES + "/" + id, Tokens.user("reviewer")).status());
        assertTrue(Db.value("select code_hash from victim_cases where id = ?::uuid", id) != null);
    }

    @Test
    void aSurvivorSignsInSendsHashesReadsTheSummaryAsksForHelpAndWithdraws() {
        // this test's wrong codes from 127.0.0.1 must not add up with an earlier run's within the address window
        Db.execute("delete from victim_address_failures");
        JsonObject opened = open(Tokens.user("ca-nl"));
        JsonObject victimCase = opened.getJsonObject("victimCase");
        String id = victimCase.getString("id");
        String caseNumber = victimCase.getString("caseNumber");
        String code = opened.getString("accessCode");
        assertTrue(code.matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}"), code);
        assertEquals("NL", victimCase.getString("memberState"));
        String stored = (String) Db.value("select code_hash from victim_cases where id = ?::uuid", id);
        assertEquals(64, stored.length());
        assertNotEquals(code, stored);

        try (Browser b = phone("en")) {
            b.screenshot("victim-page-en-390");
            assertTrue(text(b).contains("Your victim page"), text(b));

            long mark = Fixtures.auditMark();
            signIn(b, caseNumber, "AAAA-BBBB-CCCC-DDDD-EEEE");
            assertTrue(text(b).contains("The case number or the code is not right"), text(b));
            assertEquals(1, Db.count("select count(*) from audit_entries where seq > ? and action = 'VICTIM_SIGNED_IN' and object_id = ? "
                    + "and outcome = 'REFUSED'", mark, id));
            for (int i = 2; i <= 4; i++) {
                signIn(b, caseNumber, "AAAA-BBBB-CCCC-DDDD-EEE" + i);
                assertTrue(text(b).contains("not right"), text(b));
            }
            signIn(b, caseNumber, "AAAA-BBBB-CCCC-DDDD-EEE5");
            assertTrue(text(b).contains("signing in is paused until"), "the 5th wrong code locks: " + text(b));
            signIn(b, caseNumber, code);
            assertTrue(text(b).contains("signing in is paused until"), "locked even for the right code: " + text(b));
            assertTrue(Db.value("select locked_until from victim_cases where id = ?::uuid", id) != null);

            // the authority issues a new code: unlocked, the old code no longer works
            Api.Response renewed = Api.postJson(CASES + "/" + id + "/access-code", "{}", Tokens.user("ca-nl"));
            assertEquals(201, renewed.status(), renewed.toString());
            String newCode = renewed.json().getString("accessCode");
            signIn(b, caseNumber, code);
            assertTrue(text(b).contains("not right"), text(b));
            signIn(b, caseNumber, newCode.toLowerCase().replace("-", " "));
            assertTrue(text(b).contains(caseNumber), "signed in: " + text(b));
            assertEquals("no-store", Api.get(PAGE, null).header("Cache-Control").orElse(""));

            // pasted lines: a PDQ line, a SHA-256 line and a hasher line with a file name (never kept)
            String pdq = hex(32);
            String sha = hex(32);
            String hasherPdq = hex(32);
            b.driver().findElement(By.id("send:lines")).sendKeys("PDQ," + pdq + ",90\nSHA256," + sha + "\n" + hasherPdq
                    + ",80,/home/me/private/name.jpg\n");
            assertEquals(3, b.driver().findElements(By.cssSelector("#preview li")).size(), "the preview lists what will be sent");
            b.screenshot("victim-page-en-390-signed-in");
            b.driver().findElement(By.id("send:sendButton")).click();
            b.settle();
            assertTrue(text(b).contains("3 codes were sent"), text(b));
            String submission = (String) Db.value("select cast(s.id as varchar) from indicator_submissions s join victim_case_submissions v "
                    + "on v.submission_id = s.id where v.case_id = ?::uuid", id);
            assertEquals("VICTIM_REQUEST", Db.value("select source from indicator_submissions where id = ?::uuid", submission));
            assertEquals(3, Db.count("select count(*) from indicator_provenance p join indicators i on i.id = p.indicator_id "
                    + "where p.submission_id = ?::uuid and p.source = 'VICTIM_REQUEST' and p.label is null", submission));
            assertEquals(0, Db.count("select count(*) from indicator_submission_lines where submission_id = ?::uuid "
                    + "and label like '%name.jpg%'", submission));
            assertTrue(text(b).contains("Being checked by the EU Centre"), text(b));

            // four eyes: a centre reviewer verifies; the hash matches
            Api.Response verified = Api.post("/api/v1/indicator-submissions/" + submission + "/verification", "{}",
                    Tokens.user("reviewer"), "Content-Type", "application/json", "Idempotency-Key", UUID.randomUUID().toString());
            assertEquals(200, verified.status(), verified.toString());
            grantAlpha("MATCH");
            grantAlpha("DOWNLOAD");
            await(() -> matches("PDQ", pdq), "the verified victim hash matches");

            // the summary: a seeded report forwarded to the Dutch police
            seedForwardedReport(sha);
            b.open(PAGE);
            String summary = b.driver().findElement(By.id("summary")).getText();
            assertTrue(summary.contains("Passed on to the police of NL on"), summary);
            assertTrue(summary.contains("2026"), summary);
            assertFalse(summary.contains("Alpha"), "no provider: " + summary);
            assertTrue(summary.contains("We do not know yet if it was taken down"), summary);

            // Art 21: the authority's inbox
            long helpMark = Fixtures.auditMark();
            b.driver().findElement(By.id("help:helpButton")).click();
            b.settle();
            assertTrue(text(b).contains("Your request was sent"), text(b));
            assertEquals(1, Db.count("select count(*) from notifications where kind = 'VICTIM_REMOVAL_HELP_REQUESTED' "
                    + "and subject_id = ?::uuid", id));
            assertEquals(1, Db.count("select count(*) from audit_entries where seq > ? and action = 'VICTIM_REMOVAL_HELP_REQUESTED' "
                    + "and object_id = ?", helpMark, id));

            // withdrawal: no longer matches; the delta lists it as removed
            long since = Db.count("select coalesce(max(seq), 0) from indicator_changes");
            b.driver().findElement(By.id("withdraw:withdrawButton")).click();
            b.settle();
            assertTrue(text(b).contains("3 codes were withdrawn"), text(b));
            await(() -> !matches("PDQ", pdq), "the withdrawn hash stops matching");
            Api.Response delta = Api.get("/api/v1/indicator-sets/known-images/changes?since=" + since, Tokens.provider(Tokens.Provider.ALPHA));
            assertEquals(200, delta.status(), delta.toString());
            assertTrue(delta.json().getJsonArray("removes").toString().contains(pdq), delta.toString());

            // a revoked code: refused; the open session ends
            assertEquals(200, Api.delete(CASES + "/" + id + "/access-code", Tokens.user("ca-nl")).status());
            b.open(PAGE);
            assertTrue(text(b).contains("You were signed out"), text(b));
            signIn(b, caseNumber, newCode);
            assertTrue(text(b).contains("This code no longer works"), text(b));
        } finally {
            endGrants();
        }
    }

    /**
     * The page's own photo path with the real browser hasher: a synthetic PNG chosen on the page becomes
     * a PDQ line and a SHA-256 line in the box, equal to what the Java engine computes from the same
     * file, and the preview lists exactly those two lines; nothing is sent before the button, and the
     * strict policy refuses none of the page's scripts.
     */
    @Test
    void aPhotoChosenOnThePageIsHashedInTheBrowserAsTheJavaEngineHashesIt() throws Exception {
        JsonObject opened = open(Tokens.user("ca-nl"));
        String id = opened.getJsonObject("victimCase").getString("id");
        Path photo = Files.createTempFile("victim-page-synthetic", ".png");
        BufferedImage image = new BufferedImage(96, 64, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 96; x++) {
                image.setRGB(x, y, (x * 5 % 256) << 16 | (y * 9 % 256) << 8 | ((x ^ y) * 3 % 256));
            }
        }
        ImageIO.write(image, "png", photo.toFile());
        PdqResult engine = new PdqFileHasher().hash(photo);
        String sha256 = FileDigests.of(photo).sha256();
        String pdqLine = "PDQ," + engine.hash().toHex() + "," + engine.quality();
        try (Browser b = phone("en")) {
            signIn(b, opened.getJsonObject("victimCase").getString("caseNumber"), opened.getString("accessCode"));
            b.driver().findElement(By.id("photos")).sendKeys(photo.toAbsolutePath().toString());
            b.waitUp().until(d -> d.findElement(By.id("send:lines")).getAttribute("value").contains("SHA256,"));
            assertEquals(pdqLine + "\nSHA256," + sha256, b.driver().findElement(By.id("send:lines")).getAttribute("value"),
                    "the browser's hashes are the Java engine's");
            assertEquals(List.of(pdqLine, "SHA256," + sha256),
                    b.driver().findElements(By.cssSelector("#preview li")).stream().map(WebElement::getText).toList(),
                    "the preview shows exactly what will be sent");
            assertEquals(0, Db.count("select count(*) from victim_case_submissions where case_id = ?::uuid", id), "nothing sent yet");
            assertEquals(List.of(), b.consoleErrors().stream()
                    .filter(m -> m.contains("Content Security Policy") || m.contains("hasher/") || m.contains("victim/")).toList());
        } finally {
            Files.deleteIfExists(photo);
        }
    }

    @Test
    void theDutchPageAtPhoneSize() {
        try (Browser b = phone("nl")) {
            assertTrue(text(b).contains("Uw slachtofferpagina"), text(b));
            assertTrue(text(b).contains("Dossiernummer"), text(b));
            String policy = Api.get(PAGE, null).header("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("script-src 'self';") && !policy.contains("unsafe-inline") && policy.contains("frame-ancestors 'none'"),
                    policy);
            assertEquals("no-referrer", Api.get(PAGE, null).header("Referrer-Policy").orElse(""));
            assertTrue((Long) ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("return document.documentElement.scrollWidth") <= 390,
                    "no sideways scrolling at 390 px");
            b.screenshot("victim-page-nl-390");
        }
    }

    @Test
    void theAuthorityOpensACaseOnItsPortalPageAndSeesTheCodeOnce() {
        try (Browser b = Browser.start().loginAs("ca-nl", "/portal/victims/cases.xhtml")) {
            String reference = Fixtures.unique("NL-PORTAL");
            b.driver().findElement(By.id("open:contactReference")).sendKeys(reference);
            b.driver().findElement(By.id("open:openButton")).click();
            b.settle();
            String caseNumber = b.driver().findElement(By.id("issuedCase")).getText();
            String code = b.driver().findElement(By.id("issuedCode")).getText();
            assertTrue(code.matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}"), code);
            assertEquals(caseNumber, Db.value("select case_number from victim_cases where contact_reference = ?", reference));
            b.screenshot("victim-cases-ca-portal");
            b.open("/portal/victims/cases.xhtml");
            assertFalse(b.driver().getPageSource().contains(code), "the code is shown once");
            assertTrue(text(b).contains(caseNumber));
        }
    }
}
