package eu.csar.it.orders;

import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Pdfs;
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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every order as the PDF of its annex form (issue 10 §6), over the partner API with real tokens: a
 * detection order has its Annex I PDF from its issue on (before, the request is refused with 409), a
 * blocking order its Annex VII PDF; the PDF is an attachment carrying the order's id and the
 * verification hash the order's JSON gives; the addressee may have it, another Member State's
 * Coordinating Authority and another provider get 404; every download is audited.
 */
@ExtendWith(ArquillianExtension.class)
class OrderAnnexIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    /** The PDF at {@code path} for {@code token}: 200, a PDF attachment whose text it returns. */
    static String pdf(String path, String token, String hash) throws IOException {
        Api.Binary pdf = Api.getBytes(path, token);
        assertEquals(200, pdf.status(), new String(pdf.body(), StandardCharsets.UTF_8));
        assertTrue(pdf.header("Content-Type").orElse("").startsWith("application/pdf"), pdf.headers().toString());
        assertTrue(pdf.header("Content-Disposition").orElse("").startsWith("attachment; filename="), pdf.headers().toString());
        assertEquals("sha-256=" + hash, pdf.header("Verification-Hash").orElse(""));
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
        return Pdfs.text(pdf.body()).replaceAll("\\s+", " ");
    }

    static void contains(String text, List<String> expected) {
        for (String e : expected) {
            assertTrue(text.contains(e), "the PDF lacks " + e + ":\n" + text);
        }
    }

    static long audited(String action, String id) {
        return Db.count("select count(*) from audit_events where action = ? and object_id = ? and outcome = 'SUCCESS'", action, id);
    }

    @Test
    void anIssuedDetectionOrderIsItsAnnexIPdf() throws IOException {
        String set = DetectionOrderIT.indicatorSet(1).getString("id");
        String id = DetectionOrderIT.planned("KNOWN_MATERIAL", "P12M", set);
        String annex = DetectionOrderIT.ORDERS + "/" + id + "/annex.pdf";
        assertEquals(409, Api.getBytes(annex, DetectionOrderIT.ca()).status(), "a request has no Annex I form yet");
        JsonObject request = Api.get(DetectionOrderIT.ORDERS + "/" + id, DetectionOrderIT.ca()).json();
        assertTrue(!request.containsKey("verificationHash") || request.isNull("verificationHash"), "no hash before the issue");
        DetectionOrderIT.ok(DetectionOrderIT.post(DetectionOrderIT.ORDERS + "/" + id + "/submission", "", DetectionOrderIT.ca()),
                "SUBMITTED");
        Instant start = DetectionOrderIT.platformNow().plus(Duration.ofDays(130)).truncatedTo(ChronoUnit.SECONDS);
        JsonObject order = DetectionOrderIT.ok(DetectionOrderIT.post(DetectionOrderIT.ORDERS + "/" + id + "/issue",
                Json.createObjectBuilder().add("issuingAuthority", "Rechtbank Den Haag (demo)").add("start", start.toString())
                        .add("reasons", "Significant risk remains after mitigation (synthetic)").build().toString(),
                DetectionOrderIT.judge()), "TRANSMITTED");
        String hash = order.getString("verificationHash");
        assertEquals(64, hash.length());

        String text = pdf(annex, DetectionOrderIT.judge(), hash);
        contains(text, List.of("ANNEX I - DETECTION ORDER", id, hash, order.getString("reference"), order.getString("providerName"),
                "Rechtbank Den Haag (demo)", set, "1 indicator set", "(duration P12M)",
                "Significant risk remains after mitigation (synthetic)"));
        assertEquals(hash, Api.get(DetectionOrderIT.ORDERS + "/" + id, DetectionOrderIT.alpha()).json().getString("verificationHash"),
                "the same hash for every reader");
        pdf(annex, DetectionOrderIT.alpha(), hash);
        assertEquals(404, Api.getBytes(annex, Tokens.user("ca-de")).status(), "another Member State's order");
        assertEquals(404, Api.getBytes(annex, Tokens.provider(Provider.BETA)).status(), "another provider's order");
        assertTrue(audited("DETECTION_ORDER_ANNEX_READ", id) >= 2, "every download audited");
    }

    @Test
    void aBlockingOrderIsItsAnnexViiPdf() throws IOException {
        List<String> entries = BlockingOrderIT.urlListEntries(2);
        JsonObject order = BlockingOrderIT.issueBlocking(entries);
        String id = order.getString("id");
        String hash = order.getString("verificationHash");
        String annex = BlockingOrderIT.BLOCKING + "/" + id + "/annex.pdf";

        String text = pdf(annex, BlockingOrderIT.judge(), hash);
        contains(text, List.of("ANNEX VII - BLOCKING ORDER", id, hash, order.getString("reference"), order.getString("providerName"),
                "2 URLs of the EU Centre's URL list", order.getJsonArray("entries").getJsonObject(1).getString("url"),
                "This page is blocked by order of a Dutch court (synthetic)"));
        pdf(annex, BlockingOrderIT.zeta(), hash);
        assertEquals(404, Api.getBytes(annex, Tokens.user("ca-de")).status(), "another Member State's order");
        assertEquals(404, Api.getBytes(annex, Tokens.provider(Provider.ALPHA)).status(), "another provider's order");
        assertEquals(404, Api.getBytes(BlockingOrderIT.DELISTING + "/" + id + "/annex.pdf", BlockingOrderIT.judge()).status(),
                "not a delisting order");
        assertTrue(audited("BLOCKING_ORDER_ANNEX_READ", id) >= 2, "every download audited");
    }
}
