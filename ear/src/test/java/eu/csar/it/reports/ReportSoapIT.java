package eu.csar.it.reports;

import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.ServerLog;
import eu.csar.it.support.SyntheticImages;
import eu.csar.it.support.Tokens;
import eu.csar.it.support.Tokens.Provider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static eu.csar.it.reports.ReportIntakeIT.MD5;
import static eu.csar.it.reports.ReportIntakeIT.PDQ;
import static eu.csar.it.reports.ReportIntakeIT.REPORTS;
import static eu.csar.it.reports.ReportIntakeIT.SHA256;
import static eu.csar.it.reports.ReportIntakeIT.audited;
import static eu.csar.it.reports.ReportIntakeIT.sign;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Report intake over SOAP on the real stack with real Keycloak tokens: the WSDL is served without a
 * token; Alpha opens, attaches hashes and content, finishes with a detached JWS over the signingInput
 * the endpoint shows, and retracts (rows, history and audit in PostgreSQL); a report opened over SOAP
 * is finished over REST with the one signature, and one opened over REST is finished over SOAP; a bad
 * signature is a client fault naming field {@code signature} and the report stays OPEN; XXE and
 * entity expansion in a report are refused before anything is stored; an unknown type is a fault
 * naming {@code type}; Beta's calls on Alpha's report are the fault of an unknown id; a Coordinating
 * Authority gets the forbidden fault; the same Idempotency-Key twice opens one report. Only invented
 * text, synthetic hashes and a synthetic image.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(AlphaSigningKey.class)
class ReportSoapIT {

    static final String PATH = "/ws/reports/provider-reports";
    static final String NS = "urn:eu:csar:reports:v1";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    // --- the lifecycle --------------------------------------------------------------------------------

    @Test
    void theWsdlIsServedWithoutATokenAndNamesEveryOperation() {
        Api.Response wsdl = Api.get(PATH + "?wsdl", null);
        assertEquals(200, wsdl.status(), wsdl.toString());
        for (String operation : new String[]{"OpenReport", "AttachEvidence", "AttachContent", "FinishReport", "RetractReport",
                "SubmitReport", "ReportStatus", "ListReports", "ReportFault"}) {
            assertTrue(wsdl.body().contains(operation), operation + " in the WSDL");
        }
    }

    @Test
    void openAttachFinishAndRetractOverSoapWithRowsAndAudit() throws Exception {
        String tag = ReportIntakeIT.tag();
        String id = open(tag, "KNOWN");
        assertEquals("OPEN", Db.value("select state from reports where id = ?", UUID.fromString(id)));
        assertEquals(Provider.ALPHA.providerId, Db.value("select provider_id from reports where id = ?", UUID.fromString(id)));
        assertEquals("KNOWN", Db.value("select report_type from reports where id = ?", UUID.fromString(id)));

        Api.Response attached = call(Provider.ALPHA, "AttachEvidence", reportId(id) + items());
        assertEquals(200, attached.status(), attached.toString());
        assertEquals(3, Db.count("select count(*) from report_evidence where report_id = ? and vault_item_id is null",
                UUID.fromString(id)));

        byte[] png = SyntheticImages.gradientPng(41);
        Api.Response content = call(Provider.ALPHA, "AttachContent", reportId(id) + "<r:mediaType>image/png</r:mediaType><r:content>"
                + Base64.getEncoder().encodeToString(png) + "</r:content>");
        assertEquals(200, content.status(), content.toString());
        assertEquals((long) png.length, ((Number) Db.value("select size_bytes from report_evidence where report_id = ? and position = 4",
                UUID.fromString(id))).longValue());
        assertClientFault(call(Provider.ALPHA, "AttachContent", reportId(id) + "<r:mediaType>text/html</r:mediaType><r:content>"
                + Base64.getEncoder().encodeToString(png) + "</r:content>"), "unsupported-media-type");
        Api.Response tooLarge = Api.soap(PATH, "", Api.envelope("<r:AttachContent xmlns:r=\"" + NS + "\">" + reportId(id)
                + "<r:mediaType>application/octet-stream</r:mediaType><r:content>"
                + Base64.getEncoder().encodeToString(new byte[20 * 1024 * 1024 + 1]) + "</r:content></r:AttachContent>"),
                Tokens.provider(Provider.ALPHA));
        assertClientFault(tooLarge, "content-too-large");
        assertTrue(tooLarge.body().contains("<status>413</status>"), tooLarge.body());
        assertEquals(4, Db.count("select count(*) from report_evidence where report_id = ?", UUID.fromString(id)));

        String signingInput = signingInput(id);
        assertEquals(ReportIntakeIT.read(id, Tokens.provider(Provider.ALPHA)).getString("signingInput"), signingInput,
                "SOAP and REST show the same canonical document");

        Api.Response bad = call(Provider.ALPHA, "FinishReport", reportId(id) + signature(sign(ReportIntakeIT.p256().getPrivate(),
                signingInput)));
        assertClientFault(bad, "validation-failed");
        assertTrue(bad.body().contains("<field>signature</field>"), bad.body());
        assertTrue(bad.body().contains("DOES_NOT_VERIFY: "), bad.body());
        assertClientFault(call(Provider.ALPHA, "FinishReport", reportId(id)), "validation-failed");
        assertEquals("OPEN", Db.value("select state from reports where id = ?", UUID.fromString(id)), "a refused signature finishes nothing");

        String jws = sign(AlphaSigningKey.privateKey(), signingInput);
        Api.Response finished = call(Provider.ALPHA, "FinishReport", reportId(id) + signature(jws));
        assertEquals(200, finished.status(), finished.toString());
        assertTrue(finished.body().contains("FINISHED") && finished.body().contains("ES256"), finished.body());
        assertEquals(jws, Db.value("select signature from reports where id = ?", UUID.fromString(id)));
        assertEquals(ReportIntakeIT.sha256(signingInput), Db.value("select signed_document_sha256 from reports where id = ?",
                UUID.fromString(id)));

        Api.Response retracted = call(Provider.ALPHA, "RetractReport", reportId(id) + "<r:reason>sent by mistake (soap test)</r:reason>");
        assertEquals(200, retracted.status(), retracted.toString());
        assertEquals("RETRACTED", Db.value("select state from reports where id = ?", UUID.fromString(id)));
        assertClientFault(call(Provider.ALPHA, "RetractReport", reportId(id)), "conflict");
        for (String action : new String[]{"REPORT_OPENED", "REPORT_EVIDENCE_ATTACHED", "REPORT_FINISHED", "REPORT_RETRACTED", "REPORT_READ"}) {
            assertTrue(audited(action, id, "SUCCESS") >= 1, action);
        }
        assertEquals(2, audited("REPORT_FINISHED", id, "REFUSED"), "each refused signature is on the trail");
    }

    @Test
    void oneSignatureFinishesAReportWhicheverWayItCameIn() throws Exception {
        String alpha = Tokens.provider(Provider.ALPHA);
        String overSoap = open(ReportIntakeIT.tag(), "NEW");
        assertEquals(200, call(Provider.ALPHA, "AttachEvidence", reportId(overSoap) + items()).status());
        String document = ReportIntakeIT.read(overSoap, alpha).getString("signingInput");
        Api.Response overRest = ReportIntakeIT.post(REPORTS + "/" + overSoap + "/finish",
                ReportIntakeIT.finish(sign(AlphaSigningKey.privateKey(), document)), alpha);
        assertEquals(200, overRest.status(), overRest.toString());
        assertEquals("FINISHED", Db.value("select state from reports where id = ?", UUID.fromString(overSoap)));

        Api.Response openedOverRest = ReportIntakeIT.post(REPORTS, ReportIntakeIT.content(ReportIntakeIT.tag(), "GROOMING").build()
                .toString(), alpha);
        String restId = openedOverRest.json().getString("id");
        assertEquals(200, ReportIntakeIT.post(REPORTS + "/" + restId + "/evidence", ReportIntakeIT.items(), alpha).status());
        String restDocument = ReportIntakeIT.read(restId, alpha).getString("signingInput");
        Api.Response finishedOverSoap = call(Provider.ALPHA, "FinishReport", reportId(restId)
                + signature(sign(AlphaSigningKey.privateKey(), restDocument)));
        assertEquals(200, finishedOverSoap.status(), finishedOverSoap.toString());
        assertEquals("FINISHED", Db.value("select state from reports where id = ?", UUID.fromString(restId)));
    }

    @Test
    void aReportOfHashesOnlyIsSubmittedInOneCall() throws Exception {
        UUID id = UUID.randomUUID();
        String document = "{\"csarReport\":1,\"evidence\":[{\"kind\":\"MD5\",\"position\":1,\"value\":\"" + MD5 + "\"}],\"id\":\""
                + id + "\",\"legalBasis\":\"Art 12(1) COM(2022) 209\",\"provider\":\"" + Provider.ALPHA.providerId + "\","
                + "\"removedOrDisabled\":false,\"reportedToThirdCountry\":false,\"timestamp\":\"2026-12-03T10:00:00Z\","
                + "\"type\":\"NEW\",\"urgent\":false,\"userIdentifiers\":[]}";
        Api.Response r = call(Provider.ALPHA, "SubmitReport", "<r:report><r:type>NEW</r:type><r:timestamp>2026-12-03T10:00:00Z"
                + "</r:timestamp><r:reportedToThirdCountry>false</r:reportedToThirdCountry><r:removedOrDisabled>false"
                + "</r:removedOrDisabled><r:urgent>false</r:urgent><r:legalBasis>Art 12(1) COM(2022) 209</r:legalBasis>"
                + "<r:id>" + id + "</r:id><r:item><r:kind>MD5</r:kind><r:value>" + MD5 + "</r:value></r:item>"
                + "<r:signature>" + sign(AlphaSigningKey.privateKey(), document) + "</r:signature></r:report>");
        assertEquals(200, r.status(), r.toString());
        assertEquals("FINISHED", Db.value("select state from reports where id = ?", id));
        assertEquals(1, audited("REPORT_SUBMITTED", id.toString(), "SUCCESS"));
    }

    @Test
    void theSameIdempotencyKeyTwiceOpensOneReport() {
        String tag = ReportIntakeIT.tag();
        String key = UUID.randomUUID().toString();
        Api.Response first = Api.soap(PATH, "", openEnvelope(tag, "KNOWN"), Tokens.provider(Provider.ALPHA), "Idempotency-Key", key);
        Api.Response second = Api.soap(PATH, "", openEnvelope(tag, "KNOWN"), Tokens.provider(Provider.ALPHA), "Idempotency-Key", key);
        assertEquals(200, first.status(), first.toString());
        assertEquals(first.body(), second.body());
        assertEquals("true", second.header("Idempotent-Replayed").orElse(""));
        assertEquals(1, Db.count("select count(*) from reports where content_reference = ?", "it-upload-" + tag));
    }

    // --- hostile and bad input, tenancy, roles --------------------------------------------------------

    @Test
    void xxeAndEntityExpansionAreRefusedAndNothingIsStored() {
        String tag = ReportIntakeIT.tag();
        ServerLog.Mark log = ServerLog.mark();
        String body = openEnvelope(tag, "KNOWN").replace("<soap:Envelope", "<!DOCTYPE soap:Envelope [%s]><soap:Envelope");
        String xxe = String.format(body, "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">").replace("it-upload-" + tag, "it-upload-" + tag + "&xxe;");
        String lol = "<!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">" + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">" + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
                + "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">" + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">";
        String expansion = String.format(body, lol).replace("Invented", "&f;Invented");
        for (String hostile : new String[]{xxe, expansion}) {
            Api.Response r = Api.soap(PATH, "", hostile, Tokens.provider(Provider.ALPHA));
            assertClientFault(r, "malformed-request");
            assertFalse(r.body().contains("root:") || r.body().contains("aaaaaaaaaa"), r.body());
        }
        assertEquals(0, Db.count("select count(*) from reports where content_reference like ?", "it-upload-" + tag + "%"));
        log.assertNoStackTrace();
    }

    @Test
    void badInputIsAFaultNamingTheFieldAndNothingIsStored() {
        String tag = ReportIntakeIT.tag();
        Api.Response unknownType = Api.soap(PATH, "", openEnvelope(tag, "BOGUS"), Tokens.provider(Provider.ALPHA));
        assertClientFault(unknownType, "validation-failed");
        assertTrue(unknownType.body().contains("<field>type</field>"), unknownType.body());
        Api.Response noLegalBasis = Api.soap(PATH, "", openEnvelope(tag, "NEW").replace("Art 12(1) COM(2022) 209", " "),
                Tokens.provider(Provider.ALPHA));
        assertClientFault(noLegalBasis, "validation-failed");
        assertTrue(noLegalBasis.body().contains("<field>legalBasis</field>"), noLegalBasis.body());
        Api.Response notANumber = Api.soap(PATH, "", openEnvelope(tag, "NEW").replace("<r:port>51234</r:port>", "<r:port>many</r:port>"),
                Tokens.provider(Provider.ALPHA));
        assertClientFault(notANumber, "malformed-request");
        assertEquals(0, Db.count("select count(*) from reports where content_reference = ?", "it-upload-" + tag));

        String id = open(tag, "NEW");
        Api.Response unknownKind = call(Provider.ALPHA, "AttachEvidence", reportId(id)
                + "<r:item><r:kind>CRC32</r:kind><r:value>abcd</r:value></r:item>");
        assertClientFault(unknownKind, "validation-failed");
        assertTrue(unknownKind.body().contains("<field>items[0].kind</field>"), unknownKind.body());
        assertClientFault(call(Provider.ALPHA, "ReportStatus", reportId("not-a-uuid")), "validation-failed");
        assertEquals(0, Db.count("select count(*) from report_evidence where report_id = ?", UUID.fromString(id)));
    }

    @Test
    void anotherProvidersReportIsTheFaultOfAnUnknownId() {
        String id = open(ReportIntakeIT.tag(), "KNOWN");
        Api.Response unknown = call(Provider.BETA, "ReportStatus", reportId(UUID.randomUUID().toString()));
        assertClientFault(unknown, "not-found");
        for (String operation : new String[]{"ReportStatus", "RetractReport"}) {
            assertClientFault(call(Provider.BETA, operation, reportId(id)), "not-found");
        }
        assertClientFault(call(Provider.BETA, "AttachEvidence", reportId(id) + items()), "not-found");
        assertClientFault(call(Provider.BETA, "FinishReport", reportId(id) + signature("a..b")), "not-found");
        assertEquals("OPEN", Db.value("select state from reports where id = ?", UUID.fromString(id)));
        assertEquals(0, Db.count("select count(*) from report_evidence where report_id = ?", UUID.fromString(id)));
        assertEquals(1, audited("REPORT_READ", id, "NOT_FOUND"));
    }

    @Test
    void onlyProvidersReportAndATokenIsNeeded() {
        Api.Response ca = Api.soap(PATH, "", openEnvelope(ReportIntakeIT.tag(), "KNOWN"), Tokens.user("ca-nl"));
        assertClientFault(ca, "forbidden");
        assertClientFault(Api.soap(PATH, "", Api.envelope("<r:ListReports xmlns:r=\"" + NS + "\"/>"), Tokens.user("reviewer")),
                "forbidden");
        assertEquals(401, Api.soap(PATH, "", openEnvelope(ReportIntakeIT.tag(), "KNOWN"), null).status());
    }

    // --- helpers --------------------------------------------------------------------------------------

    static Api.Response call(Provider provider, String operation, String parameters) {
        return Api.soap(PATH, "", Api.envelope("<r:" + operation + " xmlns:r=\"" + NS + "\">" + parameters + "</r:" + operation + ">"),
                Tokens.provider(provider), "Idempotency-Key", UUID.randomUUID().toString());
    }

    static String openEnvelope(String tag, String type) {
        return Api.envelope("<r:OpenReport xmlns:r=\"" + NS + "\"><r:report><r:type>" + type + "</r:type>"
                + "<r:timestamp>2026-12-03T09:30:00Z</r:timestamp><r:contentReference>it-upload-" + tag + "</r:contentReference>"
                + "<r:otherData>Invented integration-test report; no material.</r:otherData>"
                + "<r:location><r:ipAddress>192.0.2.44</r:ipAddress><r:port>51234</r:port>"
                + "<r:observedAt>2026-12-03T09:29:00Z</r:observedAt><r:country>NL</r:country></r:location>"
                + "<r:userIdentifier>it-user-" + tag + "</r:userIdentifier>"
                + "<r:reportedToThirdCountry>true</r:reportedToThirdCountry><r:thirdCountryReference>NCMEC-IT-" + tag
                + "</r:thirdCountryReference><r:removedOrDisabled>true</r:removedOrDisabled><r:urgent>false</r:urgent>"
                + "<r:legalBasis>Art 12(1) COM(2022) 209</r:legalBasis></r:report></r:OpenReport>");
    }

    /** Opens a report for Alpha over SOAP; its id. */
    static String open(String tag, String type) {
        Api.Response r = Api.soap(PATH, "", openEnvelope(tag, type), Tokens.provider(Provider.ALPHA),
                "Idempotency-Key", UUID.randomUUID().toString());
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.body().contains("OPEN"), r.body());
        return element(r.body(), "id");
    }

    static String items() {
        return "<r:item><r:kind>PDQ</r:kind><r:value>" + PDQ + "</r:value><r:quality>90</r:quality></r:item>"
                + "<r:item><r:kind>MD5</r:kind><r:value>" + MD5 + "</r:value></r:item>"
                + "<r:item><r:kind>SHA256</r:kind><r:value>" + SHA256 + "</r:value></r:item>";
    }

    static String reportId(String id) {
        return "<r:reportId>" + id + "</r:reportId>";
    }

    static String signature(String jws) {
        return "<r:signature>" + jws + "</r:signature>";
    }

    /** The canonical document the ReportStatus operation shows. */
    static String signingInput(String id) {
        Api.Response r = call(Provider.ALPHA, "ReportStatus", reportId(id));
        assertEquals(200, r.status(), r.toString());
        return element(r.body(), "signingInput").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    /** The text of the first element named {@code name} (any prefix). */
    static String element(String xml, String name) {
        Matcher m = Pattern.compile("<(?:\\w+:)?" + name + ">([^<]*)</(?:\\w+:)?" + name + ">").matcher(xml);
        assertTrue(m.find(), name + " in " + xml);
        return m.group(1);
    }

    static void assertClientFault(Api.Response r, String problemType) {
        assertEquals(500, r.status(), "SOAP 1.1 faults travel with HTTP 500: " + r);
        assertTrue(r.body().contains("<faultcode>soap:Client</faultcode>"), r.body());
        assertTrue(r.body().contains("<type>urn:eu:csar:problem:" + problemType + "</type>"), r.body());
        assertFalse(r.body().contains("at eu.csar") || r.body().contains("Exception") || r.body().contains("wstx"),
                "no stack trace in the fault: " + r.body());
    }
}
