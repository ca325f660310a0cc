package eu.csar.it.risk;

import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Fixtures;
import eu.csar.it.support.Tokens;
import eu.csar.it.support.Tokens.Provider;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Documents attached to a risk assessment on the real stack (Art 3-5: the report's fields plus
 * documents): Alpha attaches a synthetic PDF to its assessment over REST (a row in PostgreSQL with
 * the bytes, their SHA-256 and size; the same Idempotency-Key gives the same document); Alpha and
 * ca-nl list and download it (attachment, the stored media type, nosniff, no-store); Beta and ca-de
 * get 404, audited; a media type not allowed, a missing file name or an empty body is 400 naming the
 * field and a body over 10 MiB 413, nothing stored, refusals audited.
 */
@ExtendWith(ArquillianExtension.class)
class RiskDocumentIT {

    static final String OWN = "/api/v1/risk-assessments";
    static final String REVIEWS = "/api/v1/risk-reviews";

    /** A minimal PDF-looking file with invented text: business content only. */
    static final byte[] PDF = ("%PDF-1.4\n% synthetic risk methodology for tests\n1 0 obj << /Type /Catalog >> endobj\n"
            + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    static Api.Response upload(String assessment, String fileName, String mediaType, byte[] body, String token, String key) {
        return Api.raw("POST", OWN + "/" + assessment + "/documents?fileName=" + fileName, body, token,
                "Content-Type", mediaType, "Idempotency-Key", key, "Accept", "application/json");
    }

    static long documentsOf(String assessment) {
        return Db.count("select count(*) from risk_assessment_documents where assessment_id = ?::uuid", assessment);
    }

    /**
     * Declares a body of 10 MiB + 1 byte with {@code Expect: 100-continue} and returns the answer's
     * status line: 413 before any byte is sent (a 100 would mean the server started reading).
     */
    static String declaredOverTheLimit(String path, String token) throws IOException {
        URI base = URI.create(Api.BASE_URL);
        String head = "POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\n"
                + "Authorization: Bearer " + token + "\r\nAccept: application/json\r\nContent-Type: text/plain\r\n"
                + "Content-Length: " + (10 * 1024 * 1024 + 1) + "\r\nExpect: 100-continue\r\n"
                + "Idempotency-Key: " + UUID.randomUUID() + "\r\n\r\n";
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String line = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            return line == null ? "(connection closed without an answer)" : line;
        }
    }

    static String field(Api.Response r) {
        return r.json().getJsonArray("violations").getJsonObject(0).getString("field");
    }

    @Test
    void theProviderAttachesTheAuthorityDownloadsAndEveryoneElseIsRefused() throws Exception {
        long mark = Fixtures.auditMark();
        String alpha = Tokens.provider(Provider.ALPHA);
        Api.Response submitted = RiskAssessmentIT.post(OWN, RiskAssessmentIT.report("COM-2022-209", null), alpha);
        assertEquals(201, submitted.status(), submitted.toString());
        String id = submitted.json().getString("id");

        String key = UUID.randomUUID().toString();
        Api.Response attached = upload(id, "methodology%202026.pdf", "application/pdf", PDF, alpha, key);
        assertEquals(201, attached.status(), attached.toString());
        JsonObject doc = attached.json();
        String docId = doc.getString("id");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        assertEquals(sha, doc.getString("sha256"));
        assertEquals(PDF.length, doc.getInt("size"));
        assertEquals("methodology 2026.pdf", doc.getString("fileName"));
        assertTrue(attached.header("Location").orElse("").endsWith(OWN + "/" + id + "/documents/" + docId), attached.toString());
        assertEquals(docId, upload(id, "methodology%202026.pdf", "application/pdf", PDF, alpha, key).json().getString("id"),
                "the same Idempotency-Key gives the same document");

        // in PostgreSQL: the bytes, their SHA-256 and size
        assertEquals(1, documentsOf(id));
        assertEquals(sha, Db.value("select sha256 from risk_assessment_documents where id = ?::uuid", docId));
        assertEquals(sha, Db.value("select encode(sha256(content), 'hex') from risk_assessment_documents where id = ?::uuid", docId));
        assertEquals("application/pdf", Db.value("select media_type from risk_assessment_documents where id = ?::uuid", docId));
        assertEquals(1, Db.count("select count(*) from audit_entries where action = 'RISK_DOCUMENT_ATTACHED' and object_id = ?"
                + " and outcome = 'SUCCESS' and seq > ?", id, mark));

        // listed and downloaded by the provider and the Coordinating Authority of establishment
        Api.Response ownList = Api.get(OWN + "/" + id + "/documents", alpha);
        assertEquals(200, ownList.status(), ownList.toString());
        assertEquals(sha, ownList.jsonArray().getJsonObject(0).getString("sha256"));
        String caNl = Tokens.user("ca-nl");
        Api.Response reviewList = Api.get(REVIEWS + "/" + id + "/documents", caNl);
        assertEquals(200, reviewList.status(), reviewList.toString());
        assertEquals("methodology 2026.pdf", reviewList.jsonArray().getJsonObject(0).getString("fileName"));
        for (String[] who : new String[][] {{OWN, alpha}, {REVIEWS, caNl}}) {
            Api.Binary got = Api.getBytes(who[0] + "/" + id + "/documents/" + docId, who[1]);
            assertEquals(200, got.status(), who[0]);
            assertArrayEquals(PDF, got.body());
            assertTrue(got.header("Content-Type").orElse("").startsWith("application/pdf"), got.headers().toString());
            assertTrue(got.header("Content-Disposition").orElse("").startsWith("attachment;"), got.headers().toString());
            assertTrue(got.header("Content-Disposition").orElse("").contains("methodology%202026.pdf"), got.headers().toString());
            assertEquals("nosniff", got.header("X-Content-Type-Options").orElse(""));
            assertTrue(got.header("Cache-Control").orElse("").contains("no-store"), got.headers().toString());
        }
        assertEquals(2, Db.count("select count(*) from audit_entries where action = 'RISK_DOCUMENT_DOWNLOADED' and object_id = ?"
                + " and outcome = 'SUCCESS' and seq > ?", id, mark));

        // another provider, another Member State's authority: 404, audited; a wrong role 403
        String beta = Tokens.provider(Provider.BETA);
        String caDe = Tokens.user("ca-de");
        assertEquals(404, Api.getBytes(OWN + "/" + id + "/documents/" + docId, beta).status());
        assertEquals(404, Api.get(OWN + "/" + id + "/documents", beta).status());
        assertEquals(404, upload(id, "x.txt", "text/plain", "synthetic".getBytes(StandardCharsets.UTF_8), beta,
                UUID.randomUUID().toString()).status());
        assertEquals(404, Api.getBytes(REVIEWS + "/" + id + "/documents/" + docId, caDe).status());
        assertEquals(404, Api.get(REVIEWS + "/" + id + "/documents", caDe).status());
        assertEquals(404, Api.getBytes(REVIEWS + "/" + id + "/documents/" + UUID.randomUUID(), caNl).status(),
                "a document not of this assessment");
        assertEquals(3, Db.count("select count(*) from audit_entries where action = 'RISK_DOCUMENT_DOWNLOADED' and object_id = ?"
                + " and outcome = 'NOT_FOUND' and seq > ?", id, mark));
        assertEquals(1, Db.count("select count(*) from audit_entries where action = 'RISK_DOCUMENT_ATTACHED' and object_id = ?"
                + " and outcome = 'NOT_FOUND' and seq > ?", id, mark));
        assertEquals(403, Api.get(REVIEWS + "/" + id + "/documents", alpha).status());
        assertEquals(403, upload(id, "x.txt", "text/plain", "synthetic".getBytes(StandardCharsets.UTF_8), caNl,
                UUID.randomUUID().toString()).status());

        // refused input: named, nothing stored, audited
        Api.Response html = upload(id, "page.html", "text/html", "<p>synthetic</p>".getBytes(StandardCharsets.UTF_8), alpha,
                UUID.randomUUID().toString());
        assertEquals(400, html.status(), html.toString());
        assertEquals("mediaType", field(html));
        Api.Response noName = Api.raw("POST", OWN + "/" + id + "/documents", PDF, alpha, "Content-Type", "application/pdf",
                "Idempotency-Key", UUID.randomUUID().toString(), "Accept", "application/json");
        assertEquals(400, noName.status(), noName.toString());
        assertEquals("fileName", field(noName));
        Api.Response empty = upload(id, "empty.txt", "text/plain", new byte[0], alpha, UUID.randomUUID().toString());
        assertEquals(400, empty.status(), empty.toString());
        assertEquals("content", field(empty));
        String tooLarge = declaredOverTheLimit(OWN + "/" + id + "/documents?fileName=large.txt", alpha);
        assertTrue(tooLarge.startsWith("HTTP/1.1 413"), "10 MiB + 1 byte declared: " + tooLarge);
        assertEquals(1, documentsOf(id), "nothing more stored");
        assertEquals(3, Db.count("select count(*) from audit_entries where action = 'RISK_DOCUMENT_ATTACHED' and object_id = ?"
                + " and outcome = 'REFUSED' and seq > ?", id, mark));
    }
}
