package eu.csar.it.victims;

import eu.csar.detection.digest.FileDigests;
import eu.csar.detection.pdq.PdqFileHasher;
import eu.csar.detection.pdq.PdqHash;
import eu.csar.detection.pdq.PdqResult;
import eu.csar.it.support.Api;
import eu.csar.it.support.Browser;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Fixtures;
import eu.csar.it.support.Tokens;
import eu.csar.reports.application.PdqBands;
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
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

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
 * within a second and the delta lists it as removed; the summary shows a seeded report's forwarding
 * (found by the same SHA-256, or by a PDQ hash within 31 bits but not 32) and nothing else; a
 * request for help reaches the authority's inbox; a revoked code is refused; every step is audited
 * with the actor {@code victim:<case number>}; expired sessions are swept. An authority acting for
 * several Member States chooses the case's on the portal. Screenshots EN and NL at 390 px.
 * Synthetic hashes only.
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
        b.submit(By.id("signin:go"));
    }

    /** Scrolls {@code id} to the top of the phone's screen and saves a screenshot of what is seen there. */
    static void screenshotAt(Browser b, String id, String name) {
        ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("document.getElementById(arguments[0]).scrollIntoView(true);", id);
        b.screenshot(name);
    }

    /** Types {@code reference} into the portal's opening form and opens the case. */
    static void openOnPortal(Browser b, String reference) {
        b.driver().findElement(By.id("open:contactReference")).sendKeys(reference);
        b.submit(By.id("open:openButton"));
    }

    static String text(Browser b) {
        return b.driver().findElement(By.tagName("body")).getText();
    }

    static void await(BooleanSupplier condition, String what) {
        await(condition, what, 15_000, 200);
    }

    /** Polls {@code condition} every {@code pollMillis} until it holds; fails after {@code limitMillis}. Returns the time it took. */
    static long await(BooleanSupplier condition, String what, long limitMillis, long pollMillis) {
        long start = System.currentTimeMillis();
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() - start > limitMillis) {
                throw new AssertionError("not within " + limitMillis + " ms: " + what);
            }
            try {
                Thread.sleep(pollMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return System.currentTimeMillis() - start;
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
        return seedForwardedReport("NL", "SHA256", sha256);
    }

    /** A report forwarded to {@code police} (a Member State) on 2026-11-20 whose evidence holds {@code hash} of {@code kind}. */
    static UUID seedForwardedReport(String police, String kind, String hash) {
        UUID report = UUID.randomUUID();
        Db.execute("insert into reports (id, version, provider_id, state, report_type, provider_timestamp, reported_to_third_country, "
                        + "removed_or_disabled, urgent, legal_basis, profile_id, profile_version, opened_by, opened_at, finished_at, signature, signature_algorithm, "
                        + "signed_document_sha256, state_changed_at, decision, decided_at, jurisdiction_member_states) values ('" + report
                        + "', 0, '" + Tokens.Provider.ALPHA.providerId + "', 'FORWARDED', 'KNOWN', '2026-11-19T08:00:00Z', false, false, false, "
                        + "'Art 12', 'COM-2022-209', 1, 'alpha-it', '2026-11-19T08:00:00Z', '2026-11-19T09:00:00Z', 'sig', 'ES256', '" + "a".repeat(64)
                        + "', '2026-11-20T10:00:00Z', 'FORWARD', '2026-11-20T09:30:00Z', '" + police + "')",
                "insert into report_evidence (id, report_id, position, kind, hash_value, quality, attached_at) values ('" + UUID.randomUUID()
                        + "', '" + report + "', 1, '" + kind + "', '" + hash + "', " + (kind.equals("PDQ") ? "100" : "null")
                        + ", '2026-11-19T08:30:00Z')",
                "insert into report_deliveries (id, version, report_id, recipient, urgent, state, attempts, created_at, delivered_at) "
                        + "values ('" + UUID.randomUUID() + "', 0, '" + report + "', '" + police + "', false, 'DELIVERED', 1, "
                        + "'2026-11-20T09:30:00Z', '2026-11-20T10:00:00Z')");
        if (kind.equals("PDQ")) {
            // what triage keeps of a provided PDQ hash for "seen before" (ReportTriage: words and band keys)
            PdqHash pdq = PdqHash.fromHex(hash);
            long[] words = {pdq.word(0), pdq.word(1), pdq.word(2), pdq.word(3)};
            Db.execute("insert into report_pdq_hashes (report_id, position, hash_source, w0, w1, w2, w3, bands, finished_at) values ('"
                    + report + "', 1, 'PROVIDED', " + words[0] + ", " + words[1] + ", " + words[2] + ", " + words[3] + ", '{"
                    + Arrays.stream(PdqBands.keys(words)).mapToObj(Integer::toString).collect(Collectors.joining(","))
                    + "}', '2026-11-19T09:00:00Z')");
        }
        return report;
    }

    /** {@code hex} with the bits at {@code positions} (0 = the lowest bit of the first byte) flipped. */
    static String flipped(String hex, int... positions) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        for (int bit : positions) {
            bytes[bit / 8] ^= (byte) (1 << (bit % 8));
        }
        return HexFormat.of().formatHex(bytes);
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
        // for the sweep: a session that expired a minute ago and an address whose window ended yesterday
        String expiredSession = hex(32);
        String oldAddress = hex(32);
        Db.execute("insert into victim_sessions (token_hash, case_id, created_at, expires_at) values ('" + expiredSession + "', '" + id
                        + "', now() - interval '16 minutes', now() - interval '1 minute')",
                "insert into victim_address_failures (address_hash, window_start, failures) values ('" + oldAddress
                        + "', now() - interval '1 day', 3)");
        long start = Fixtures.auditMark();

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
            b.submit(By.id("send:sendButton"));
            assertTrue(text(b).contains("3 codes were sent"), text(b));
            String submission = (String) Db.value("select cast(s.id as varchar) from indicator_submissions s join victim_case_submissions v "
                    + "on v.submission_id = s.id where v.case_id = ?::uuid", id);
            assertEquals("VICTIM_REQUEST", Db.value("select source from indicator_submissions where id = ?::uuid", submission));
            assertEquals(3, Db.count("select count(*) from indicator_provenance p join indicators i on i.id = p.indicator_id "
                    + "where p.submission_id = ?::uuid and p.source = 'VICTIM_REQUEST' and p.label is null", submission));
            assertEquals(0, Db.count("select count(*) from indicator_submission_lines where submission_id = ?::uuid "
                    + "and label like '%name.jpg%'", submission));
            assertTrue(text(b).contains("Being checked by the EU Centre"), text(b));
            // the authority's list counts the case's submission (one query for the whole list)
            Api.Response listed = Api.get(CASES, Tokens.user("ca-nl"));
            assertEquals(1, listed.jsonArray().getValuesAs(JsonObject.class).stream().filter(c -> c.getString("id").equals(id))
                    .findFirst().orElseThrow().getInt("submissions"), listed.toString());

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
            assertTrue(summary.contains("Reported to the EU Centre on 19 November 2026."), summary);
            assertTrue(summary.contains("Passed on to the police of NL on 20 November 2026."), "a day in words, no clock time: " + summary);
            assertFalse(summary.contains("Alpha"), "no provider: " + summary);
            assertTrue(summary.contains("We do not know yet if it was taken down"), summary);
            screenshotAt(b, "summaryTitle", "victim-page-en-390-summary");

            // Art 21: the authority's inbox
            long helpMark = Fixtures.auditMark();
            b.submit(By.id("help:helpButton"));
            assertTrue(text(b).contains("Your request was sent"), text(b));
            assertEquals(1, Db.count("select count(*) from notifications where kind = 'VICTIM_REMOVAL_HELP_REQUESTED' "
                    + "and subject_id = ?::uuid", id));
            assertEquals(1, Db.count("select count(*) from audit_entries where seq > ? and action = 'VICTIM_REMOVAL_HELP_REQUESTED' "
                    + "and object_id = ?", helpMark, id));

            // withdrawal: within a second no hash matches any more (the index-change topic reaches every node's index, not
            // the 5-second safety poll); the delta lists them as removed
            long since = Db.count("select coalesce(max(seq), 0) from indicator_changes");
            assertTrue(matches("SHA256", sha) && matches("PDQ", hasherPdq), "all three match before the withdrawal");
            b.submit(By.id("withdraw:withdrawButton"));
            assertTrue(text(b).contains("3 codes were withdrawn"), text(b));
            long took = await(() -> !matches("PDQ", pdq) && !matches("SHA256", sha) && !matches("PDQ", hasherPdq),
                    "the withdrawn hashes stop matching within a second", 1_000, 50);
            System.out.println("VictimPageIT: the withdrawn hashes stopped matching " + took + " ms after the page answered");
            Api.Response delta = Api.get("/api/v1/indicator-sets/known-images/changes?since=" + since, Tokens.provider(Tokens.Provider.ALPHA));
            assertEquals(200, delta.status(), delta.toString());
            String removes = delta.json().getJsonArray("removes").toString();
            assertTrue(removes.contains(pdq) && removes.contains(sha) && removes.contains(hasherPdq), delta.toString());

            // a revoked code: refused; the open session ends
            assertEquals(200, Api.delete(CASES + "/" + id + "/access-code", Tokens.user("ca-nl")).status());
            b.open(PAGE);
            assertTrue(text(b).contains("You were signed out"), text(b));
            signIn(b, caseNumber, newCode);
            assertTrue(text(b).contains("This code no longer works"), text(b));

            // the audit trail names the survivor by the case number (never system, never what they typed)
            String survivor = "victim:" + caseNumber;
            for (String action : List.of("VICTIM_SIGNED_IN", "VICTIM_HASHES_SUBMITTED", "VICTIM_SUMMARY_READ",
                    "VICTIM_REMOVAL_HELP_REQUESTED", "VICTIM_HASHES_WITHDRAWN")) {
                assertTrue(Db.count("select count(*) from audit_entries where seq > ? and action = ? and object_id = ? and outcome = 'SUCCESS'"
                        + " and actor = ? and roles = 'victim' and member_states = 'NL'", start, action, id, survivor) >= 1, action);
            }
            String notice = Db.value("select cast(id as varchar) from notifications where kind = 'VICTIM_REMOVAL_HELP_REQUESTED' "
                    + "and subject_id = ?::uuid", id).toString();
            assertEquals(List.of(survivor, survivor, survivor), Db.rows("select actor from audit_entries where seq > ? and object_id in (?, ?) "
                    + "and action in ('INDICATOR_SUBMISSION_SENT', 'INDICATOR_SUBMISSION_WITHDRAWN', 'NOTICE_DELIVERED') order by seq",
                    start, submission, notice).stream().map(r -> r.get("actor")).toList(), "the steps' entries in other contexts too");
            assertEquals(8, Db.count("select count(*) from audit_entries where seq > ? and action = 'VICTIM_SIGNED_IN' and object_id = ?"
                    + " and outcome = 'REFUSED' and actor = 'victim:unverified' and member_states = 'NL'", start, id),
                    "5 wrong codes, the right one while locked, the old code after the new one, the revoked code: "
                            + Db.rows("select actor, purpose from audit_entries where seq > ? and object_id = ?", start, id));
            assertEquals(0, Db.count("select count(*) from audit_entries where seq > ? and object_id in (?, ?) and actor = 'system'",
                    start, id, notice));
            assertEquals(0, Db.count("select count(*) from audit_entries where seq > ? and (actor like '%AAAA%' or purpose like '%AAAA-BBBB%'"
                    + " or purpose like ? or purpose like ?)", start, "%" + code + "%", "%" + newCode + "%"), "nothing the survivor typed");

            // the sweep removed the expired session and the ended address window (every minute), not the live rows
            await(() -> Db.count("select count(*) from victim_sessions where token_hash = ?", expiredSession) == 0
                    && Db.count("select count(*) from victim_address_failures where address_hash = ?", oldAddress) == 0,
                    "the expired victim session and the ended address window are swept", 75_000, 1_000);
            assertTrue(Db.count("select count(*) from victim_address_failures where window_start > now() - interval '15 minutes'") >= 1,
                    "this test's own window from 127.0.0.1 is still counted");
        } finally {
            endGrants();
        }
    }

    /**
     * The Art 20 summary finds a report by a PDQ hash 31 bits from the survivor's (the radius of
     * "seen before"), not one 32 bits away, and shows of it only when it was reported and to which
     * police it went: not the report's hash, its id, its provider, nor the other report.
     */
    @Test
    void theSummaryFindsAReportWithinThePdqRadiusAndShowsNothingElseOfIt() {
        JsonObject opened = open(Tokens.user("ca-nl"));
        String caseNumber = opened.getJsonObject("victimCase").getString("caseNumber");
        String pdq = hex(32);
        // 31 bits apart, one in each of bytes 0-30: bands 0-14 differ in 2 bits, band 15 in one (found by a flipped-bit probe)
        int[] spread = new int[31];
        for (int i = 0; i < spread.length; i++) {
            spread[i] = i * 8;
        }
        String near = flipped(pdq, spread);
        // 32 bits apart, all in bytes 0-3: bands 4-15 equal (a band candidate), the distance decides
        String far = flipped(pdq, java.util.stream.IntStream.range(0, 32).toArray());
        assertEquals(31, PdqHash.fromHex(pdq).distance(PdqHash.fromHex(near)));
        assertEquals(32, PdqHash.fromHex(pdq).distance(PdqHash.fromHex(far)));
        UUID nearReport = seedForwardedReport("DE", "PDQ", near);
        UUID farReport = seedForwardedReport("FR", "PDQ", far);
        try (Browser b = phone("en")) {
            signIn(b, caseNumber, opened.getString("accessCode"));
            b.driver().findElement(By.id("send:lines")).sendKeys("PDQ," + pdq + ",100\n");
            b.submit(By.id("send:sendButton"));
            assertTrue(text(b).contains("1 code was sent."), text(b));
            String summary = b.driver().findElement(By.id("summary")).getText();
            assertTrue(summary.contains("Passed on to the police of DE on"), "the report 31 bits away: " + summary);
            assertFalse(summary.contains("police of FR"), "not the report 32 bits away: " + summary);
            String page = b.driver().getPageSource();
            for (String other : List.of(near.substring(0, 16), far.substring(0, 16), nearReport.toString(), farReport.toString(), "Alpha",
                    "Art 12")) {
                assertFalse(page.contains(other), "nothing of the reports but when and to whom: " + other);
            }
            assertTrue(summary.contains(pdq.substring(0, 16)), "the survivor's own hash: " + summary);

            b.open(PAGE + "?lang=nl");
            assertTrue(b.driver().findElement(By.id("summary")).getText().contains("Doorgegeven aan de politie van DE op 20 november 2026."),
                    text(b));
            b.screenshot("victim-page-nl-390-signed-in");
            screenshotAt(b, "summaryTitle", "victim-page-nl-390-summary");
        }
    }

    /** An authority acting for the Netherlands and Germany chooses the case's Member State on the portal's opening form. */
    @Test
    void anAuthorityOfSeveralMemberStatesChoosesTheCasesOnThePortal() {
        try (Browser b = Browser.start().loginAs("ca-nl-de", "/portal/victims/cases.xhtml")) {
            String reference = Fixtures.unique("DE-PORTAL");
            openOnPortal(b, reference);
            assertEquals(0, Db.count("select count(*) from victim_cases where contact_reference = ?", reference),
                    "no case without a Member State");
            ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript(
                    "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", "open:memberState", "DE");
            b.submit(By.id("open:openButton"));
            String caseNumber = b.driver().findElement(By.id("issuedCase")).getText();
            assertTrue(caseNumber.startsWith("VC-DE-"), caseNumber);
            assertEquals("DE", Db.value("select member_state from victim_cases where contact_reference = ?", reference));
            b.screenshot("victim-cases-ca-portal-several");
        }
        try (Browser b = Browser.start().loginAs("ca-nl", "/portal/victims/cases.xhtml")) {
            assertTrue(b.driver().findElements(By.id("open:memberState")).isEmpty(), "one Member State: no choice");
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
    void theAuthorityOpensACaseOnItsPortalPageSeesTheCodeOnceAndExtendsTheRetentionOnceWithdrawn() {
        try (Browser b = Browser.start().loginAs("ca-nl", "/portal/victims/cases.xhtml")) {
            String reference = Fixtures.unique("NL-PORTAL");
            openOnPortal(b, reference);
            String caseNumber = b.driver().findElement(By.id("issuedCase")).getText();
            String code = b.driver().findElement(By.id("issuedCode")).getText();
            assertTrue(code.matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}"), code);
            assertEquals(caseNumber, Db.value("select case_number from victim_cases where contact_reference = ?", reference));
            b.screenshot("victim-cases-ca-portal");
            b.open("/portal/victims/cases.xhtml");
            assertFalse(b.driver().getPageSource().contains(code), "the code is shown once");
            assertTrue(text(b).contains(caseNumber));

            // withdrawn 300 days ago (as the victim page's withdrawal sets it): the case's data fall due under
            // retention.victim-case counted from then, which the authority sees and extends (Art 22(2))
            String id = Db.value("select cast(id as varchar) from victim_cases where case_number = ?", caseNumber).toString();
            try {
                Db.execute("update victim_cases set withdrawn_at = now() - interval '300 days' where id = '" + id + "'");
                String due = Db.value("select to_char((c.withdrawn_at + cast(v.value_text as interval)) at time zone 'UTC',"
                        + " 'YYYY-MM-DD HH24:MI:SS') from victim_cases c, legal_profile_values v join legal_profile_versions p"
                        + " on p.id = v.version_id where c.id = ?::uuid and p.profile_id = 'COM-2022-209'"
                        + " and v.value_key = 'retention.victim-case.period' order by p.version desc limit 1", UUID.fromString(id)).toString();
                b.open("/portal/victims/cases.xhtml");
                assertEquals("Data due " + due + " UTC", retentionOf(b, caseNumber).findElement(By.className("csar-retention-due")).getText());

                // too long a period, or no period at all: a page message, nothing stored
                extendOnPortal(b, caseNumber, "Invented court order NL-P-1 (synthetic)", "P99Y");
                assertTrue(text(b).contains("An extension may last at most P12M"), text(b));
                b.screenshot("victim-cases-retention-refused-1280");
                extendOnPortal(b, caseNumber, "Invented court order NL-P-1 (synthetic)", "six months");
                assertTrue(text(b).contains("The period is an ISO period in one unit"), text(b));
                assertEquals(0, Db.count("select count(*) from retention_extensions where subject_type = 'VictimCase' and subject_id = ?", id));

                extendOnPortal(b, caseNumber, "Invented court order NL-P-1 (synthetic)", "P6M");
                assertTrue(text(b).contains("The retention of case " + caseNumber + " is extended until"), text(b));
                assertEquals(1, Db.count("select count(*) from retention_extensions where subject_type = 'VictimCase' and subject_id = ?"
                        + " and kind = 'EXTENSION' and legal_basis = 'Invented court order NL-P-1 (synthetic)' and requested_by = 'ca-nl'"
                        + " and until = requested_at + interval '6 months'", id));
                String until = Db.value("select to_char(until at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS') from retention_extensions"
                        + " where subject_id = ?", id).toString();
                WebElement retention = retentionOf(b, caseNumber);
                assertEquals("Data due " + until + " UTC", retention.findElement(By.className("csar-retention-due")).getText(),
                        "the extension ends after the rule's period: the data now fall due when it ends");
                assertEquals("Extended until " + until + " UTC · Invented court order NL-P-1 (synthetic)",
                        retention.findElement(By.className("csar-retention-extension")).getText());
                b.screenshot("victim-cases-retention-1280");
                b.driver().manage().window().setSize(new Dimension(390, 844));
                b.settle();
                assertTrue((Long) ((org.openqa.selenium.JavascriptExecutor) b.driver())
                        .executeScript("return document.documentElement.scrollWidth") <= 390, "no sideways scrolling at 390 px");
                screenshotAt(b, "cases", "victim-cases-retention-390");
                b.driver().manage().window().setSize(new Dimension(1280, 1000));
                b.submit(By.id("session:lang-nl"));
                assertTrue(retentionOf(b, caseNumber).getText().contains("Verlengd tot " + until + " UTC"), text(b));
                b.screenshot("victim-cases-retention-nl-1280");
                b.submit(By.id("session:lang-en"));
            } finally {
                Db.execute("delete from retention_extensions where subject_type = 'VictimCase' and subject_id = '" + id + "'");
            }
        }
    }

    /**
     * The page reads the retention of all its withdrawn cases at once: with three withdrawn cases on the page (two
     * extended for different periods on different legal bases, one not extended), each row shows its own case's due
     * date and extensions, never another's; the read is audited naming each case.
     */
    @Test
    void eachWithdrawnCaseOnTheAuthoritysPageShowsItsOwnRetention() {
        String token = Tokens.user("ca-nl");
        List<String> ids = new java.util.ArrayList<>();
        List<String> numbers = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JsonObject opened = open(token).getJsonObject("victimCase");
            ids.add(opened.getString("id"));
            numbers.add(opened.getString("caseNumber"));
        }
        try {
            // withdrawn 300, 200 and 100 days ago; the first two extended (3 and 6 months), each on its own legal basis
            for (int i = 0; i < 3; i++) {
                Db.execute("update victim_cases set withdrawn_at = now() - interval '" + (300 - 100 * i) + " days' where id = '"
                        + ids.get(i) + "'");
            }
            List<String> bases = List.of("Invented court order NL-R-A (synthetic)", "Invented court order NL-R-B (synthetic)");
            List<String> periods = List.of("P3M", "P6M");
            for (int i = 0; i < 2; i++) {
                Api.Response r = Api.post("/api/v1/retention/victim-cases/" + ids.get(i) + "/extensions", "{\"legalBasis\":\""
                        + bases.get(i) + "\",\"period\":\"" + periods.get(i) + "\"}", token, "Content-Type", "application/json",
                        "Idempotency-Key", UUID.randomUUID().toString());
                assertEquals(201, r.status(), r.toString());
            }
            long mark = Fixtures.auditMark();
            try (Browser b = Browser.start().loginAs("ca-nl", "/portal/victims/cases.xhtml")) {
                for (int i = 0; i < 3; i++) {
                    String due = Db.value("select to_char(greatest(c.withdrawn_at + cast(v.value_text as interval), (select max(x.until)"
                            + " from retention_extensions x where x.subject_type = 'VictimCase' and x.subject_id = cast(c.id as varchar)))"
                            + " at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS') from victim_cases c, legal_profile_values v"
                            + " join legal_profile_versions p on p.id = v.version_id where c.id = ?::uuid and p.profile_id = 'COM-2022-209'"
                            + " and v.value_key = 'retention.victim-case.period' order by p.version desc limit 1",
                            UUID.fromString(ids.get(i))).toString();
                    WebElement cell = retentionOf(b, numbers.get(i));
                    assertEquals("Data due " + due + " UTC", cell.findElement(By.className("csar-retention-due")).getText(), numbers.get(i));
                    List<String> shown = cell.findElements(By.className("csar-retention-extension")).stream().map(WebElement::getText).toList();
                    List<String> own = i < 2 ? List.of("Extended until " + Db.value("select to_char(until at time zone 'UTC',"
                            + " 'YYYY-MM-DD HH24:MI:SS') from retention_extensions where subject_id = ?", ids.get(i)) + " UTC · " + bases.get(i))
                            : List.of();
                    assertEquals(own, shown, "case " + numbers.get(i) + " shows its own extensions only");
                }
            }
            for (String id : ids) {
                assertTrue(Db.count("select count(*) from audit_entries where seq > ? and action = 'RETENTION_REPORT_READ'"
                        + " and actor = 'ca-nl' and outcome = 'SUCCESS' and object_id = ?", mark, id) >= 1,
                        "the page's read is audited with case " + id + " as its object");
            }
        } finally {
            Db.execute("delete from retention_extensions where subject_type = 'VictimCase' and subject_id in ('" + String.join("', '", ids)
                    + "')");
        }
    }

    /** The retention cell of the authority's case {@code caseNumber}. */
    static WebElement retentionOf(Browser b, String caseNumber) {
        return b.driver().findElement(By.cssSelector(".csar-retention[data-case='" + caseNumber + "']"));
    }

    /** Opens the extension form of case {@code caseNumber} and extends it by {@code period} on {@code legalBasis}. */
    static void extendOnPortal(Browser b, String caseNumber, String legalBasis, String period) {
        b.submit(By.xpath("//tr[.//*[@data-case='" + caseNumber + "']]//button[contains(@class, 'csar-retention-extend')]"));
        b.driver().findElement(By.id("retention:legalBasis")).sendKeys(legalBasis);
        b.driver().findElement(By.id("retention:period")).sendKeys(period);
        b.submit(By.id("retention:extend"));
    }
}
