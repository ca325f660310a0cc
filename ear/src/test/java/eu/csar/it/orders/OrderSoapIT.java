package eu.csar.it.orders;

import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.ServerLog;
import eu.csar.it.support.Tokens;
import eu.csar.it.support.Tokens.Provider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The orders addressed to a provider over SOAP, on the real stack with real tokens: the WSDL is
 * served without a token; Alpha lists its removal order, acknowledges it (the row in PostgreSQL is
 * RECEIVED), answers with Annex V and Annex VI; Beta asking for Alpha's order gets a client fault
 * "not found" and the row is unchanged; malformed input (an id that is no UUID, an unknown Annex V
 * reason, XML that does not parse) is a client fault without a stack trace, and nothing changes.
 * Alpha acknowledges a detection order and answers it with Annex II, which pauses it; an unknown
 * ground, Beta's answer and a mid-term report before it is due are client faults that change nothing.
 */
@ExtendWith(ArquillianExtension.class)
class OrderSoapIT {

    static final String PATH = "/ws/orders/provider-orders";
    static final String NS = "urn:eu:csar:orders:v1";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    static String issueToAlpha() {
        Api.Response r = RemovalOrderIT.post(RemovalOrderIT.ORDERS, RemovalOrderIT.orderJson(Provider.ALPHA.providerId.toString(), false),
                RemovalOrderIT.judge());
        assertEquals(201, r.status(), r.toString());
        return r.json().getString("id");
    }

    static Api.Response call(Provider provider, String operation, String parameters) {
        return Api.soap(PATH, "", Api.envelope("<o:" + operation + " xmlns:o=\"" + NS + "\">" + parameters + "</o:" + operation + ">"),
                Tokens.provider(provider));
    }

    static String orderId(String id) {
        return "<o:orderId>" + id + "</o:orderId>";
    }

    static Map<String, Object> row(String id) {
        return Db.rows("select state, version, received_at from removal_orders where id = ?::uuid", id).get(0);
    }

    static void assertClientFault(Api.Response r, String problemType) {
        assertEquals(500, r.status(), "SOAP 1.1 faults travel with HTTP 500: " + r);
        assertTrue(r.body().contains("<faultcode>soap:Client</faultcode>"), r.body());
        assertTrue(r.body().contains("<type>urn:eu:csar:problem:" + problemType + "</type>"), r.body());
        assertFalse(r.body().contains("at eu.csar") || r.body().contains("Exception"), "no stack trace in the fault: " + r.body());
    }

    @Test
    void theWsdlIsServedWithoutAToken() {
        Api.Response wsdl = Api.get(PATH + "?wsdl", null);
        assertEquals(200, wsdl.status(), wsdl.toString());
        for (String operation : new String[]{"ListRemovalOrders", "AcknowledgeRemovalOrder", "DeclareCannotExecute",
                "ReportRemovalOrderExecution", "ListDetectionOrders", "AcknowledgeDetectionOrder", "AnswerDetectionOrderAnnexII",
                "ReportDetectionOrderMidTerm", "ListUrlListOrders", "OrderFault"}) {
            assertTrue(wsdl.body().contains(operation), operation + " in " + wsdl.body());
        }
    }

    @Test
    void aProviderListsAcknowledgesAndExecutesItsOrder() {
        String id = issueToAlpha();
        Api.Response list = call(Provider.ALPHA, "ListRemovalOrders", "<o:size>100</o:size>");
        assertEquals(200, list.status(), list.toString());
        assertTrue(list.body().contains("<id>" + id + "</id>") || list.body().contains(":id>" + id + "<"), list.body());

        Api.Response receipt = call(Provider.ALPHA, "AcknowledgeRemovalOrder", orderId(id));
        assertEquals(200, receipt.status(), receipt.toString());
        assertTrue(receipt.body().contains("RECEIVED"), receipt.body());
        assertEquals("RECEIVED", row(id).get("state"));
        assertTrue(row(id).get("received_at") != null, "receipt time recorded");

        Api.Response executed = call(Provider.ALPHA, "ReportRemovalOrderExecution", orderId(id) + "<o:measureTaken>REMOVED</o:measureTaken>");
        assertEquals(200, executed.status(), executed.toString());
        assertEquals("EXECUTED", row(id).get("state"));
        assertTrue(executed.body().contains("timeToRemoval>PT"), executed.body());
        assertEquals(1, Db.count("select count(*) from audit_events where action = 'REMOVAL_ORDER_EXECUTED' and object_id = ?", id));
    }

    @Test
    void annexVStopsTheClock() {
        String id = issueToAlpha();
        assertEquals(200, call(Provider.ALPHA, "AcknowledgeRemovalOrder", orderId(id)).status());
        Api.Response paused = call(Provider.ALPHA, "DeclareCannotExecute", orderId(id)
                + "<o:reason>DE_FACTO_IMPOSSIBILITY</o:reason><o:explanation>The storage node is offline (synthetic)</o:explanation>");
        assertEquals(200, paused.status(), paused.toString());
        assertEquals("PAUSED", row(id).get("state"));
        assertEquals("PAUSED", Db.value("select state from deadlines where subject_id = ? and kind = 'removal-order.execution'", id));
    }

    @Test
    void anotherProvidersOrderIsNotFoundAndUnchanged() {
        String id = issueToAlpha();
        Map<String, Object> before = row(id);
        assertClientFault(call(Provider.BETA, "AcknowledgeRemovalOrder", orderId(id)), "not-found");
        assertClientFault(call(Provider.BETA, "GetRemovalOrder", orderId(id)), "not-found");
        assertEquals(before, row(id));
        Api.Response betas = call(Provider.BETA, "ListRemovalOrders", "<o:size>100</o:size>");
        assertEquals(200, betas.status(), betas.toString());
        assertFalse(betas.body().contains(id), "Beta's list does not hold Alpha's order");
    }

    @Test
    void malformedRequestsAreClientFaultsAndChangeNothing() {
        String id = issueToAlpha();
        assertEquals(200, call(Provider.ALPHA, "AcknowledgeRemovalOrder", orderId(id)).status());
        Map<String, Object> before = row(id);
        ServerLog.Mark log = ServerLog.mark();

        Api.Response badReason = call(Provider.ALPHA, "DeclareCannotExecute", orderId(id)
                + "<o:reason>BORED</o:reason><o:explanation>synthetic</o:explanation>");
        assertClientFault(badReason, "validation-failed");
        assertTrue(badReason.body().contains("<field>reason</field>"), badReason.body());

        Api.Response blank = call(Provider.ALPHA, "DeclareCannotExecute", orderId(id) + "<o:reason>FORCE_MAJEURE</o:reason>");
        assertClientFault(blank, "validation-failed");

        assertClientFault(call(Provider.ALPHA, "AcknowledgeRemovalOrder", orderId("not-a-uuid")), "validation-failed");
        assertClientFault(call(Provider.ALPHA, "ListUrlListOrders", "<o:kind>PARKING</o:kind>"), "validation-failed");

        Api.Response broken = Api.soap(PATH, "", Api.envelope("<o:AcknowledgeRemovalOrder xmlns:o=\"" + NS + "\"><o:orderId>" + id),
                Tokens.provider(Provider.ALPHA));
        assertTrue(broken.body().contains("<faultcode>soap:Client</faultcode>"), broken.body());
        assertFalse(broken.body().contains("wstx"), broken.body());

        assertEquals(before, row(id), "nothing changed");
        log.assertNoStackTrace();
    }

    @Test
    void blockingAndDetectionOrdersAreListedForTheirProvider() {
        Api.Response blocking = call(Provider.ZETA, "ListUrlListOrders", "<o:kind>BLOCKING</o:kind>");
        assertEquals(200, blocking.status(), blocking.toString());
        assertTrue(blocking.body().contains("total>"), blocking.body());
        Api.Response detection = call(Provider.ALPHA, "ListDetectionOrders", "");
        assertEquals(200, detection.status(), detection.toString());
        assertTrue(detection.body().contains("total>"), detection.body());
    }

    @Test
    void aDetectionOrderIsAcknowledgedAndAnsweredWithAnnexIi() {
        String id = DetectionOrderIT.planned("KNOWN_MATERIAL", "P12M", DetectionOrderIT.indicatorSet(1).getString("id"));
        DetectionOrderIT.ok(DetectionOrderIT.post(DetectionOrderIT.ORDERS + "/" + id + "/submission", "", DetectionOrderIT.ca()),
                "SUBMITTED");
        String start = DetectionOrderIT.platformNow().plus(java.time.Duration.ofDays(130))
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        DetectionOrderIT.ok(DetectionOrderIT.post(DetectionOrderIT.ORDERS + "/" + id + "/issue", "{\"issuingAuthority\":"
                + "\"Rechtbank (demo)\",\"start\":\"" + start + "\",\"reasons\":\"synthetic\"}", DetectionOrderIT.judge()), "TRANSMITTED");
        Api.Response receipt = call(Provider.ALPHA, "AcknowledgeDetectionOrder", orderId(id));
        assertEquals(200, receipt.status(), receipt.toString());

        String answer = orderId(id) + "<o:ground>INSUFFICIENT_INFORMATION</o:ground>"
                + "<o:explanation>The link types are not named (synthetic)</o:explanation>"
                + "<o:clarificationRequested>Which link types? (synthetic)</o:clarificationRequested>";
        Api.Response badGround = call(Provider.ALPHA, "AnswerDetectionOrderAnnexII", answer.replace("INSUFFICIENT_INFORMATION", "BORED"));
        assertClientFault(badGround, "validation-failed");
        assertTrue(badGround.body().contains("<field>ground</field>"), badGround.body());
        assertClientFault(call(Provider.BETA, "AnswerDetectionOrderAnnexII", answer), "not-found");
        assertClientFault(call(Provider.ALPHA, "ReportDetectionOrderMidTerm", orderId(id) + "<o:report>early</o:report>"), "conflict");
        assertEquals("RECEIVED", Db.value("select state from detection_orders where id = ?::uuid", id), "nothing changed");

        Api.Response paused = call(Provider.ALPHA, "AnswerDetectionOrderAnnexII", answer);
        assertEquals(200, paused.status(), paused.toString());
        assertTrue(paused.body().contains("PAUSED_BEFORE_FINAL"), paused.body());
        assertEquals("INSUFFICIENT_INFORMATION", Db.value("select annex_ii_ground from detection_orders where id = ?::uuid", id));
    }
}
