package eu.csar.it.security;

import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A caller whose role may not call an endpoint learns nothing about its input rules: with a
 * malformed body or a malformed id it gets the same 403 problem as with a well-formed request (no
 * field named), one audited refusal naming the operation, and nothing is written; the role that may
 * call it gets 400 for the same input. One row per endpoint, a write of each context; the SOAP
 * endpoints likewise.
 */
@ExtendWith(ArquillianExtension.class)
class RolesBeforeInputIT {

    /** A body that is not JSON at all: the runtime could not even read it. */
    static final String MALFORMED_BODY = "{\"legalBasis\": ";
    static final String MALFORMED_ID = "not-a-uuid";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    static Api.Response post(String path, String body, String caller) {
        return Api.raw("POST", path, body.getBytes(StandardCharsets.UTF_8), RoleMatrixIT.token(caller),
                "Content-Type", "application/json", "Accept", "application/json",
                "Idempotency-Key", "roles-first-" + UUID.randomUUID());
    }

    /**
     * {@code {id}} in the endpoint is replaced by {@code wellFormedId} (a fresh UUID when empty) for the
     * malformed body and by {@value #MALFORMED_ID} for the malformed id; an endpoint without
     * {@code {id}} is tried with the malformed body only, one without a body ({@code bodyless}) with
     * the malformed id only. {@code table} is where the write would have left a row.
     */
    @ParameterizedTest(name = "{0} refused before input, {1} 400: POST {2}")
    @CsvSource({
            // wrong caller, right caller,  endpoint,                                          well-formed id, bodyless, table,                        operation
            "provider-alpha, ca-nl,          /api/v1/retention/victim-cases/{id}/extensions,    ,       false, retention_extensions,          RetentionResource.extendVictimCase",
            "reviewer,       admin,          /api/v1/retention/reports/{id}/extensions,         ,       false, retention_extensions,          RetentionResource.extend",
            "ca-nl,          provider-alpha, /api/v1/reports,                                   ,       false, reports,                       ReportResource.open",
            "ca-nl,          provider-alpha, /api/v1/reports/{id}/evidence,                     ,       false, report_evidence,               ReportResource.attach",
            "provider-alpha, ca-nl,          /api/v1/victim-cases,                              ,       false, victim_cases,                  VictimCaseResource.open",
            "provider-alpha, ca-nl,          /api/v1/victim-cases/{id}/access-code,             ,       true,  victim_cases,                  VictimCaseResource.issueCode",
            "provider-alpha, judge-nl,       /api/v1/removal-orders,                            ,       false, removal_orders,                RemovalOrderResource.issue",
            "provider-alpha, judge-nl,       /api/v1/removal-orders/{id}/withdrawal,            ,       false, removal_order_status_changes,  RemovalOrderResource.withdraw",
            "provider-alpha, ca-nl,          /api/v1/indicator-submissions,                     ,       false, indicator_submissions,         IndicatorSubmissionResource.submit",
            "ca-nl,          reviewer,       /api/v1/indicator-submissions/{id}/verification,   ,       false, indicator_submissions,         IndicatorSubmissionResource.verify",
            "reviewer,       admin,          /api/v1/technologies,                              ,       false, technologies,                  TechnologyResource.create",
            "reviewer,       admin,          /api/v1/technologies/{id}/approval,                ,       false, technology_status_changes,     TechnologyResource.approve",
            "admin,          ca-nl,          /api/v1/penalties/cases,                           ,       false, penalty_cases,                 PenaltyCaseResource.open",
            "admin,          ca-nl,          /api/v1/penalties/cases/{id}/withdrawal,           ,       false, penalty_case_status_changes,   PenaltyCaseResource.withdraw",
            "ca-nl,          provider-alpha, /api/v1/risk-assessments,                          ,       false, risk_assessments,              RiskAssessmentResource.submit",
            "provider-alpha, ca-nl,          /api/v1/risk-reviews/{id}/acceptance,              ,       false, risk_assessment_status_changes, RiskReviewResource.accept",
            "reviewer,       admin,          /api/v1/transparency/reports/{id}/EU/2024/publication, centre, false, transparency_reports,   TransparencyReportResource.publish",
    })
    void aWrongRoleIsRefusedBeforeItsInputIsRead(String wrong, String right, String endpoint, String wellFormedId, boolean bodyless,
                                                 String table, String operation) {
        String id = wellFormedId == null ? UUID.randomUUID().toString() : wellFormedId;
        boolean hasId = endpoint.contains("{id}");
        if (!bodyless) {
            expectRefusedThenInvalid(wrong, right, endpoint.replace("{id}", id), MALFORMED_BODY, table, operation);
        }
        if (hasId) {
            expectRefusedThenInvalid(wrong, right, endpoint.replace("{id}", MALFORMED_ID), bodyless ? "" : "{}", table, operation);
        }
    }

    /**
     * The same over SOAP: a caller with the wrong role gets the forbidden fault for a malformed id
     * (never the one naming the field), one audited refusal naming the endpoint operation, and nothing
     * written; the provider gets the fault naming the field.
     */
    @ParameterizedTest(name = "{0} refused before input over SOAP: {3}")
    @CsvSource({
            // wrong caller, path, namespace, operation, parameters, table, audited operation
            "ca-nl,    /ws/reports/provider-reports,   urn:eu:csar:reports:v1,  ReportStatus,   <r:reportId>not-a-uuid</r:reportId>,                                  reports,         ProviderReportEndpoint.reportStatus",
            "reviewer, /ws/reports/provider-reports,   urn:eu:csar:reports:v1,  AttachEvidence, <r:reportId>not-a-uuid</r:reportId><r:item><r:kind>CRC32</r:kind></r:item>, report_evidence, ProviderReportEndpoint.attachEvidence",
            "judge-nl, /ws/orders/provider-orders,     urn:eu:csar:orders:v1,   AcknowledgeRemovalOrder, <r:orderId>not-a-uuid</r:orderId>,                           removal_order_status_changes, ProviderOrderEndpoint.acknowledgeRemovalOrder",
    })
    void aWrongRoleIsRefusedBeforeItsInputIsReadOverSoap(String wrong, String path, String namespace, String operation, String parameters,
                                                         String table, String audited) {
        String envelope = Api.envelope("<r:" + operation + " xmlns:r=\"" + namespace + "\">" + parameters + "</r:" + operation + ">");
        long rows = Db.count("select count(*) from " + table);
        long mark = Fixtures.auditMark();
        Api.Response refused = Api.soap(path, "", envelope, RoleMatrixIT.token(wrong), "Idempotency-Key", "roles-first-" + UUID.randomUUID());
        assertTrue(refused.body().contains("<type>urn:eu:csar:problem:forbidden</type>"), refused.toString());
        assertFalse(refused.body().contains("<field>"), "no input rule is told to a refused caller: " + refused);
        assertEquals(rows, Db.count("select count(*) from " + table), "nothing written to " + table);
        assertEquals(List.of(Map.of("action", "OPERATION_REFUSED", "object_type", "Operation", "object_id", audited,
                        "outcome", "REFUSED")),
                Db.rows("select action, object_type, object_id, outcome from audit_entries where seq > ? and outcome <> 'SUCCESS' "
                        + "order by seq", mark), "one refusal, naming the operation");

        Api.Response invalid = Api.soap(path, "", envelope, RoleMatrixIT.token("provider-alpha"),
                "Idempotency-Key", "roles-first-" + UUID.randomUUID());
        assertTrue(invalid.body().contains("<type>urn:eu:csar:problem:validation-failed</type>"), invalid.toString());
        assertTrue(invalid.body().contains("<field>"), "the provider is told which field: " + invalid);
        assertEquals(rows, Db.count("select count(*) from " + table), "nothing written to " + table);
    }

    private static void expectRefusedThenInvalid(String wrong, String right, String path, String body, String table, String operation) {
        long rows = Db.count("select count(*) from " + table);
        long mark = Fixtures.auditMark();
        Api.Response refused = post(path, body, wrong);
        assertEquals(403, refused.status(), wrong + " POST " + path + ": " + refused);
        assertEquals("application/problem+json", refused.header("Content-Type").orElse("").split(";")[0], refused.toString());
        assertEquals("urn:eu:csar:problem:forbidden", refused.json().getString("type"), refused.toString());
        assertEquals("Your role does not allow this action", refused.json().getString("detail"), refused.toString());
        assertTrue(refused.json().getJsonArray("violations").isEmpty(), "no input rule is told to a refused caller: " + refused);
        assertEquals(rows, Db.count("select count(*) from " + table), "nothing written to " + table);
        assertEquals(List.of(Map.of("action", "OPERATION_REFUSED", "object_type", "Operation", "object_id", operation,
                        "outcome", "REFUSED")),
                Db.rows("select action, object_type, object_id, outcome from audit_entries where seq > ? and outcome <> 'SUCCESS' "
                        + "order by seq", mark), "one refusal, naming the operation");

        Api.Response invalid = post(path, body, right);
        assertEquals(400, invalid.status(), right + " POST " + path + ": " + invalid);
        assertEquals("application/problem+json", invalid.header("Content-Type").orElse("").split(";")[0], invalid.toString());
        assertTrue(invalid.json().getString("type").matches("urn:eu:csar:problem:(validation-failed|malformed-request)"),
                invalid.toString());
        assertEquals(rows, Db.count("select count(*) from " + table), "nothing written to " + table);
    }
}
