package eu.csar.it.reports;

import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.SyntheticImages;
import eu.csar.it.support.Tokens;
import eu.csar.it.support.Tokens.Provider;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.security.KeyPair;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static eu.csar.it.reports.ReportIntakeIT.REPORTS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Content data attached to a report (issue 11 §1) on the real stack: Alpha attaches a synthetic
 * gradient PNG drawn here (never any real material) to its OPEN report; the bytes are encrypted in
 * the evidence vault under an item owned by the report, the report's evidence item names that item
 * with the vault's SHA-256, the signed document binds it ({@code "vault":true}), and a centre
 * reviewer's reveal gives back the exact bytes. A long video (25 MiB) is streamed into encrypted
 * segments. Refusals store nothing in the vault: another provider's report (404), a FINISHED report
 * (409), another media type (415), a body over the configured limit (413), an upload broken off.
 */
@ExtendWith(ArquillianExtension.class)
class ReportContentIT {

    static final int MIB = 1024 * 1024;
    static final String LIMIT_PROPERTY = "csar.reports.content.max-bytes";

    static KeyPair alphaKey;

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @BeforeAll
    static void registerAlphasSigningKey() throws Exception {
        alphaKey = ReportIntakeIT.freshAlphaKey();
    }

    @AfterAll
    static void removeAlphasSigningKey() {
        ReportIntakeIT.setSigningKey(Provider.ALPHA.providerId, null);
    }

    @Test
    void aPngIsEncryptedInTheVaultBoundByTheSignatureAndRevealedExactly() throws Exception {
        String alpha = Tokens.provider(Provider.ALPHA);
        String id = open(alpha);
        UUID reportId = UUID.fromString(id);
        assertEquals(200, ReportIntakeIT.post(REPORTS + "/" + id + "/evidence", ReportIntakeIT.items(), alpha).status());
        byte[] png = SyntheticImages.gradientPng(11);
        String sha256 = sha256(png);

        String key = UUID.randomUUID().toString();
        Api.Response attached = attach(id, png, "image/png", alpha, key);
        assertEquals(200, attached.status(), attached.toString());
        JsonArray evidence = attached.json().getJsonArray("evidence");
        assertEquals(4, evidence.size());
        JsonObject item = evidence.getJsonObject(3);
        assertEquals(4, item.getInt("position"));
        assertEquals("SHA256", item.getString("kind"));
        assertEquals(sha256, item.getString("value"), "the digest the vault computed over the bytes sent");
        assertEquals("image/png", item.getString("mediaType"));
        assertEquals(png.length, item.getInt("size"));
        String vaultItem = item.getString("vaultItemId");

        // PostgreSQL: the evidence row names the vault item, which the report owns and which holds no PNG.
        assertEquals(UUID.fromString(vaultItem), Db.value("select vault_item_id from report_evidence where report_id = ? and position = 4",
                reportId));
        assertEquals(sha256, Db.value("select hash_value from report_evidence where report_id = ? and position = 4", reportId));
        List<Map<String, Object>> rows = Db.rows("select sha256, media_type, size_bytes, owner_context, owner_reference, provider_id"
                + " from vault_items where id = ?", UUID.fromString(vaultItem));
        assertEquals(1, rows.size());
        Map<String, Object> row = rows.get(0);
        assertEquals("reports", row.get("owner_context"));
        assertEquals(id, row.get("owner_reference"));
        assertEquals(Provider.ALPHA.providerId, row.get("provider_id"));
        assertEquals(sha256, row.get("sha256"));
        assertEquals((long) png.length, ((Number) row.get("size_bytes")).longValue());
        byte[] atRest = (byte[]) Db.value("select ciphertext from vault_segments where item_id = ? and segment_no = 0",
                UUID.fromString(vaultItem));
        assertFalse(Arrays.equals(png, atRest), "PostgreSQL must not hold the image");
        assertFalse(Arrays.equals(Arrays.copyOf(png, 8), Arrays.copyOf(atRest, 8)), "no PNG signature at rest");
        assertEquals(1, Db.count("select count(*) from audit_events where action = 'VAULT_ITEM_STORED' and object_id = ?", vaultItem));
        assertEquals(2, ReportIntakeIT.audited("REPORT_EVIDENCE_ATTACHED", id, "SUCCESS"), "the hashes, then the content");

        // The same key again: the first answer, and no second vault item.
        Api.Response replayed = attach(id, png, "image/png", alpha, key);
        assertEquals(200, replayed.status(), replayed.toString());
        assertEquals(attached.body(), replayed.body());
        assertEquals("true", replayed.header("Idempotent-Replayed").orElse(""));
        assertEquals(1, vaultItemsOf(id));
        assertEquals(4, Db.count("select count(*) from report_evidence where report_id = ?", reportId));
        assertEquals(2, ReportIntakeIT.audited("REPORT_EVIDENCE_ATTACHED", id, "SUCCESS"), "the replay ran nothing");
        Api.Response otherFile = attach(id, SyntheticImages.gradientPng(13), "image/png", alpha, key);
        assertEquals(422, otherFile.status(), "the same key with another file: " + otherFile);
        assertEquals(1, vaultItemsOf(id));

        // The signed document carries the item with its digest and the vault marker; finishing signs over it.
        String signingInput = ReportIntakeIT.read(id, alpha).getString("signingInput");
        assertTrue(signingInput.contains("{\"kind\":\"SHA256\",\"position\":4,\"value\":\"" + sha256 + "\",\"vault\":true}"), signingInput);
        assertTrue(signingInput.contains("{\"kind\":\"MD5\",\"position\":2,\"value\":\"" + ReportIntakeIT.MD5 + "\"}"),
                "hash-only items have no vault member: " + signingInput);
        Api.Response finished = ReportIntakeIT.post(REPORTS + "/" + id + "/finish",
                ReportIntakeIT.finish(ReportIntakeIT.sign(alphaKey.getPrivate(), signingInput)), alpha);
        assertEquals(200, finished.status(), finished.toString());
        assertEquals("FINISHED", finished.json().getString("state"));
        assertEquals(ReportIntakeIT.sha256(signingInput), Db.value("select signed_document_sha256 from reports where id = ?", reportId));

        // A centre reviewer reveals the item for the report's assessment: the exact bytes.
        Api.Binary revealed = Api.getBytes("/api/v1/vault/items/" + vaultItem + "?purpose=report-assessment", Tokens.user("reviewer"));
        assertEquals(200, revealed.status(), new String(revealed.body()));
        assertArrayEquals(png, revealed.body());
        assertEquals("image/png", revealed.header("Content-Type").orElseThrow());

        // FINISHED: no more content, and nothing reaches the vault.
        Api.Response late = attach(id, SyntheticImages.gradientPng(12), "image/png", alpha, UUID.randomUUID().toString());
        assertEquals(409, late.status(), late.toString());
        assertEquals("application/problem+json", late.header("Content-Type").orElse("").split(";")[0]);
        assertEquals(1, vaultItemsOf(id), "the refused content was not stored");
        assertEquals(4, Db.count("select count(*) from report_evidence where report_id = ?", reportId));
        assertEquals(1, ReportIntakeIT.audited("REPORT_EVIDENCE_ATTACHED", id, "REFUSED"));
    }

    @Test
    void anotherProvidersReportIsNotFoundAndNothingIsStored() {
        String id = open(Tokens.provider(Provider.ALPHA));
        Api.Response foreign = attach(id, SyntheticImages.gradientPng(21), "image/png", Tokens.provider(Provider.BETA),
                UUID.randomUUID().toString());
        assertEquals(404, foreign.status(), foreign.toString());
        assertEquals("urn:eu:csar:problem:not-found", foreign.json().getString("type"));
        assertEquals(404, attach(UUID.randomUUID().toString(), SyntheticImages.gradientPng(22), "image/png",
                Tokens.provider(Provider.ALPHA), UUID.randomUUID().toString()).status(), "the same as one that does not exist");
        assertEquals(0, vaultItemsOf(id));
        assertEquals(0, Db.count("select count(*) from report_evidence where report_id = ?", UUID.fromString(id)));
        assertEquals(1, ReportIntakeIT.audited("REPORT_EVIDENCE_ATTACHED", id, "NOT_FOUND"));
        Api.Response reviewer = attach(id, SyntheticImages.gradientPng(23), "image/png", Tokens.user("reviewer"), null);
        assertEquals(403, reviewer.status(), "only providers attach: " + reviewer);
        assertEquals(0, vaultItemsOf(id));
    }

    @Test
    void anotherMediaTypeIs415AndAnEmptyBodyIs400AndNothingIsStored() {
        String alpha = Tokens.provider(Provider.ALPHA);
        String id = open(alpha);
        byte[] png = SyntheticImages.gradientPng(31);
        for (String type : new String[]{"text/plain", "application/json", "image/svg+xml", "image/*"}) {
            Api.Response refused = attach(id, png, type, alpha, UUID.randomUUID().toString());
            assertProblem(refused, 415, "urn:eu:csar:problem:unsupported-media-type");
            assertTrue(refused.json().getString("detail").contains("image/png, image/jpeg"), refused.toString());
        }
        assertProblem(attach(id, png, null, alpha, UUID.randomUUID().toString()), 415, "urn:eu:csar:problem:unsupported-media-type");
        Api.Response empty = attach(id, new byte[0], "image/png", alpha, UUID.randomUUID().toString());
        assertEquals(400, empty.status(), empty.toString());
        assertEquals("content", empty.json().getJsonArray("violations").getJsonObject(0).getString("field"), empty.toString());
        assertEquals(0, vaultItemsOf(id));
        assertEquals(0, Db.count("select count(*) from report_evidence where report_id = ?", UUID.fromString(id)));
    }

    /**
     * A long video (25 MiB of random bytes made here, declared {@code video/mp4}): past the 20 MiB that
     * used to be the limit, streamed into the vault in 1 MiB segments. The evidence carries the SHA-256
     * the test computed, the vault row the MD5 too, PostgreSQL holds 25 encrypted segments and not the
     * bytes, and a reviewer's reveal streams back the exact file. A reviewer sending the same body gets
     * 403 before it is read, and nothing is stored.
     */
    @Test
    void aVideoLargerThanTwentyMebibytesIsStreamedIntoTheVaultInEncryptedSegments() throws Exception {
        String alpha = Tokens.provider(Provider.ALPHA);
        String id = open(alpha);
        UUID reportId = UUID.fromString(id);
        byte[] video = new byte[25 * MIB];
        new Random(25).nextBytes(video);
        String sha256 = sha256(video);
        String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(video));

        Api.Response wrongRole = attach(id, video, "video/mp4", Tokens.user("reviewer"), UUID.randomUUID().toString());
        assertEquals(403, wrongRole.status(), wrongRole.toString());
        assertEquals(0, vaultItemsOf(id), "nothing stored for a refused role");
        String refusedUnread = RequestBodyLimitIT.statusLine(RequestBodyLimitIT.head("POST", REPORTS + "/" + id + "/evidence/content",
                Tokens.user("reviewer"), "video/mp4", "Content-Length: " + (1L << 30), "Expect: 100-continue",
                "Idempotency-Key: " + UUID.randomUUID()), null, 0, false);
        assertTrue(refusedUnread.startsWith("HTTP/1.1 403"), "the role is refused before the body is asked for: " + refusedUnread);

        long segmentsBefore = Db.count("select count(*) from vault_segments");
        Api.Response attached = attach(id, video, "video/mp4", alpha, UUID.randomUUID().toString());
        assertEquals(200, attached.status(), attached.toString());
        JsonObject item = attached.json().getJsonArray("evidence").getJsonObject(0);
        assertEquals("SHA256", item.getString("kind"));
        assertEquals(sha256, item.getString("value"), "the SHA-256 the vault computed while streaming");
        assertEquals("video/mp4", item.getString("mediaType"));
        assertEquals(video.length, item.getInt("size"));
        UUID vaultItem = UUID.fromString(item.getString("vaultItemId"));

        assertEquals(sha256, Db.value("select hash_value from report_evidence where report_id = ? and position = 1", reportId));
        Map<String, Object> row = Db.rows("select sha256, md5, segment_bytes, size_bytes, ciphertext, owner_reference from vault_items"
                + " where id = ?", vaultItem).get(0);
        assertEquals(sha256, row.get("sha256"));
        assertEquals(md5, row.get("md5"), "the MD5 computed on the same pass");
        assertEquals(MIB, ((Number) row.get("segment_bytes")).intValue());
        assertEquals((long) video.length, ((Number) row.get("size_bytes")).longValue());
        assertEquals(id, row.get("owner_reference"));
        assertEquals(null, row.get("ciphertext"), "the content is in segments, not in the item's row");
        List<Map<String, Object>> segments = Db.rows("select segment_no, ciphertext from vault_segments where item_id = ? order by segment_no",
                vaultItem);
        assertEquals(25, segments.size());
        assertEquals(segmentsBefore + 25, Db.count("select count(*) from vault_segments"));
        for (Map<String, Object> segment : segments) {
            int number = ((Number) segment.get("segment_no")).intValue();
            byte[] atRest = (byte[]) segment.get("ciphertext");
            assertEquals(MIB + 16, atRest.length, "segment " + number + ": 1 MiB and its GCM tag");
            assertFalse(Arrays.equals(Arrays.copyOfRange(video, number * MIB, (number + 1) * MIB), Arrays.copyOf(atRest, MIB)),
                    "segment " + number + " holds the plaintext");
        }

        Api.Binary revealed = Api.getBytes("/api/v1/vault/items/" + vaultItem + "?purpose=report-assessment", Tokens.user("reviewer"));
        assertEquals(200, revealed.status(), new String(revealed.body(), 0, Math.min(500, revealed.body().length)));
        assertEquals(sha256, sha256(revealed.body()), "the reveal streams back the exact bytes");
        assertEquals("video/mp4", revealed.header("Content-Type").orElseThrow());
    }

    /**
     * The limit is the operator's ({@code csar.reports.content.max-bytes}; 2 GiB when unset), set low here
     * so that no gigabytes are sent: a declared length over it is 413 before a byte is read; a chunked body
     * without a length (read by the intake itself, segment by segment) is 413 when it passes the limit,
     * and a body that breaks off mid-way is refused too; each time nothing is left, no item, no segment,
     * no evidence row. Exactly the limit is kept.
     */
    @Test
    void overTheConfiguredLimitIs413AndABrokenOffUploadLeavesNothing() throws Exception {
        String alpha = Tokens.provider(Provider.ALPHA);
        String id = open(alpha);
        UUID reportId = UUID.fromString(id);
        String path = REPORTS + "/" + id + "/evidence/content";
        long segmentsBefore = Db.count("select count(*) from vault_segments");
        setLimit(3L * MIB);
        try {
            Api.Response declared = attach(id, new byte[3 * MIB + 1], "video/mp4", alpha, UUID.randomUUID().toString());
            assertProblem(declared, 413, "urn:eu:csar:problem:content-too-large");
            assertTrue(declared.json().getString("detail").contains(String.valueOf(3 * MIB)), declared.toString());

            // 5 MiB chunked, no Idempotency-Key: the intake reads it and has written segments when it passes 3 MiB
            String streamed = RequestBodyLimitIT.statusLine(RequestBodyLimitIT.head("POST", path, alpha, "video/mp4",
                    "Transfer-Encoding: chunked"), randomChunk(), 5 * 16, true);
            assertTrue(streamed.startsWith("HTTP/1.1 413"), "a chunked body over the limit: " + streamed);
            assertEquals(1, ReportIntakeIT.audited("REPORT_EVIDENCE_ATTACHED", id, "REFUSED"), "the refusal is on the trail");

            // 2 MiB sent, then the client goes away without the last chunk
            RequestBodyLimitIT.abandon(RequestBodyLimitIT.head("POST", path, alpha, "video/mp4", "Transfer-Encoding: chunked"),
                    randomChunk(), 2 * 16);

            byte[] atLimit = new byte[3 * MIB];
            new Random(3).nextBytes(atLimit);
            Api.Response kept = attach(id, atLimit, "video/mp4", alpha, null);
            assertEquals(200, kept.status(), kept.toString());
            assertEquals(sha256(atLimit), kept.json().getJsonArray("evidence").getJsonObject(0).getString("value"));
        } finally {
            setLimit(0);
        }
        assertEquals(1, vaultItemsOf(id), "only the upload at the limit");
        assertEquals(1, Db.count("select count(*) from report_evidence where report_id = ?", reportId));
        assertEquals(segmentsBefore + 3, Db.count("select count(*) from vault_segments"), "no segment of a refused upload stayed");
        assertEquals(0, Db.count("select count(*) from vault_segments s where not exists (select 1 from vault_items i where i.id = s.item_id)"));
    }

    // --- helpers --------------------------------------------------------------------------------------

    /** Sets the server's content limit ({@code csar.reports.content.max-bytes}); 0 removes it (back to 2 GiB). */
    void setLimit(long bytes) throws Exception {
        ModelNode remove = new ModelNode();
        remove.get("operation").set("remove");
        remove.get("address").add("system-property", LIMIT_PROPERTY);
        management.getControllerClient().execute(remove); // absent is fine
        if (bytes > 0) {
            ModelNode add = new ModelNode();
            add.get("operation").set("add");
            add.get("address").add("system-property", LIMIT_PROPERTY);
            add.get("value").set(String.valueOf(bytes));
            ModelNode answer = management.getControllerClient().execute(add);
            assertEquals("success", answer.get("outcome").asString(), answer.toString());
        }
    }

    private static byte[] randomChunk() {
        byte[] chunk = new byte[64 * 1024];
        new Random(64).nextBytes(chunk);
        return chunk;
    }

    static String open(String token) {
        Api.Response opened = ReportIntakeIT.post(REPORTS, ReportIntakeIT.content(ReportIntakeIT.tag(), "KNOWN").build().toString(), token);
        assertEquals(201, opened.status(), opened.toString());
        return opened.json().getString("id");
    }

    /** POST the bytes as the content, with {@code type} as Content-Type (none when null) and an Idempotency-Key when given. */
    static Api.Response attach(String id, byte[] content, String type, String token, String key) {
        List<String> headers = new ArrayList<>(List.of("Accept", "application/json"));
        if (type != null) {
            headers.addAll(List.of("Content-Type", type));
        }
        if (key != null) {
            headers.addAll(List.of("Idempotency-Key", key));
        }
        return Api.raw("POST", REPORTS + "/" + id + "/evidence/content", content, token, headers.toArray(String[]::new));
    }

    static long vaultItemsOf(String reportId) {
        return Db.count("select count(*) from vault_items where owner_context = 'reports' and owner_reference = ?", reportId);
    }

    static void assertProblem(Api.Response r, int status, String type) {
        assertEquals(status, r.status(), r.toString());
        assertEquals("application/problem+json", r.header("Content-Type").orElse("").split(";")[0], r.toString());
        assertEquals(type, r.json().getString("type"));
        assertEquals(status, r.json().getInt("status"));
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
