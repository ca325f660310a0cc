package eu.csar.it.risk;

import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Fixtures;
import eu.csar.it.support.Inbox;
import eu.csar.it.support.Tokens;
import eu.csar.it.support.Tokens.Provider;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Risk assessment and mitigation (Art 3-6) on the real stack: a provider submits its assessment over
 * REST (a row in PostgreSQL with the profile's fields, the next assessment's deadline, the audit
 * entry; the same Idempotency-Key gives the same assessment); the Coordinating Authority of
 * establishment lists and reviews it (request information, the provider answers, accept); another
 * Member State's authority and another provider get 404, other roles 403, bad input a 400 naming the
 * field with nothing stored. Under COUNCIL-GA-2025 the authority assigns a risk category (not under
 * COM-2022-209). Moving the platform clock past the answer's due date puts a reminder in the
 * authority's inbox and the assessment at the top of its list as overdue.
 */
@ExtendWith(ArquillianExtension.class)
class RiskAssessmentIT {

    static final String OWN = "/api/v1/risk-assessments";
    static final String REVIEWS = "/api/v1/risk-reviews";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    static String admin() {
        return Tokens.user("admin");
    }

    static Api.Response post(String path, String body, String token) {
        return post(path, body, token, UUID.randomUUID().toString());
    }

    static Api.Response post(String path, String body, String token, String key) {
        return Api.post(path, body, token, "Content-Type", "application/json", "Idempotency-Key", key);
    }

    /** A service's report with the fields of risk-assessment.report-fields, carried out today (UTC). */
    static String report(String profile, String extraField) {
        return """
                {"profile": "%s", "fields": {
                  "serviceDescription": "Photo hosting for small businesses (synthetic)",
                  "riskAssessment": "Solicitation risk judged low: no direct messages (synthetic)",
                  "mitigationMeasures": "Report button on every image; private albums by default",
                  "childUsers": "Terms require 16+; no child accounts known",
                  "assessedAt": "%s"%s}}""".formatted(profile, LocalDate.now(ZoneOffset.UTC),
                extraField == null ? "" : ", " + extraField);
    }

    static long assessmentsOf(Provider p) {
        return Db.count("select count(*) from risk_assessments where provider_id = ?::uuid", p.providerId.toString());
    }

    @Test
    void theProviderSubmitsTheCaOfEstablishmentReviewsAndEveryoneElseIsRefused() {
        long mark = Fixtures.auditMark();
        String alpha = Tokens.provider(Provider.ALPHA);
        String key = UUID.randomUUID().toString();
        Api.Response submitted = post(OWN, report("COM-2022-209", null), alpha, key);
        assertEquals(201, submitted.status(), submitted.toString());
        JsonObject a = submitted.json();
        String id = a.getString("id");
        assertTrue(submitted.header("Location").orElse("").endsWith(OWN + "/" + id), submitted.toString());
        assertEquals("SUBMITTED", a.getString("state"));
        assertEquals("SERVICE", a.getString("kind"), "Alpha offers hosting");
        assertEquals(List.of("NL"), a.getJsonArray("memberStates").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
        Instant assessedAt = LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
        assertEquals(ZonedDateTime.ofInstant(assessedAt, ZoneOffset.UTC).plusYears(3).toInstant().toString(),
                a.getString("updateDueAt"), "the next assessment: the profile's update interval (3 years) after this one");

        Api.Response again = post(OWN, report("COM-2022-209", null), alpha, key);
        assertEquals(id, again.json().getString("id"), "the same Idempotency-Key gives the first result: " + again);

        assertEquals("SUBMITTED", Db.value("select state from risk_assessments where id = ?::uuid", id));
        assertEquals(5, Db.count("select count(*) from risk_assessment_fields where assessment_id = ?::uuid", id));
        assertEquals(1, Db.count("select count(*) from deadlines where subject_type = 'RiskAssessment' and subject_id = ?"
                + " and kind = 'risk-assessment.update' and state = 'SCHEDULED'", id));
        assertEquals(1, Db.count("select count(*) from audit_entries where action = 'RISK_ASSESSMENT_SUBMITTED' and object_id = ?"
                + " and seq > ?", id, mark));

        // tenancy: another provider, another Member State's authority
        assertEquals(404, Api.get(OWN + "/" + id, Tokens.provider(Provider.BETA)).status());
        String caDe = Tokens.user("ca-de");
        assertEquals(404, Api.get(REVIEWS + "/" + id, caDe).status());
        assertEquals(404, post(REVIEWS + "/" + id + "/acceptance", "{}", caDe).status());
        assertFalse(Api.get(REVIEWS, caDe).body().contains(id), "not in another Member State's list");
        assertEquals(2, Db.count("select count(*) from audit_entries where action = 'RISK_ASSESSMENT_READ' and object_id = ?"
                + " and outcome = 'NOT_FOUND' and seq > ?", id, mark),
                "both refused reads (the other provider's, the other Member State's) are audited");

        // wrong roles
        assertEquals(403, Api.get(REVIEWS, alpha).status());
        assertEquals(403, Api.get(REVIEWS, Tokens.user("reviewer")).status());
        assertEquals(403, post(OWN, report("COM-2022-209", null), Tokens.user("ca-nl")).status());

        // the Coordinating Authority of establishment reviews
        String caNl = Tokens.user("ca-nl");
        assertTrue(Api.get(REVIEWS, caNl).body().contains(id));
        Api.Response asked = post(REVIEWS + "/" + id + "/information-request",
                "{\"text\":\"Which age checks apply at sign-up?\"}", caNl);
        assertEquals(200, asked.status(), asked.toString());
        assertEquals("INFORMATION_REQUESTED", asked.json().getString("state"));
        assertEquals("INFORMATION", asked.json().getString("answerKind"));
        JsonObject own = Api.get(OWN, alpha).json();
        assertEquals("INFORMATION", own.getString("nextDueKind"), own.toString());
        assertEquals(asked.json().getString("answerDueAt"), own.getString("nextDueAt"));
        assertEquals(409, post(REVIEWS + "/" + id + "/acceptance", "{}", caNl).status(), "the provider answers first");
        assertEquals(409, post(REVIEWS + "/" + id + "/category", "{\"category\":\"HIGH\"}", caNl).status(),
                "COM-2022-209 provides no risk categories");

        Api.Response answered = post(OWN + "/" + id + "/supplement", "{\"text\":\"Age estimation at sign-up (synthetic)\"}", alpha);
        assertEquals(200, answered.status(), answered.toString());
        assertEquals("SUBMITTED", answered.json().getString("state"));
        assertEquals(1, Db.count("select count(*) from deadlines where subject_id = ? and kind = 'risk-assessment.information'"
                + " and state = 'CANCELLED'", id), "the answer's deadline ends with the answer");
        Api.Response accepted = post(REVIEWS + "/" + id + "/acceptance", "{\"text\":\"Measures proportionate\"}", caNl);
        assertEquals(200, accepted.status(), accepted.toString());
        assertEquals("ACCEPTED", Db.value("select state from risk_assessments where id = ?::uuid", id));
        assertEquals(List.of("SUBMIT", "REQUEST_INFORMATION", "SUPPLEMENT", "ACCEPT"), Db.rows(
                "select event from risk_assessment_status_changes where assessment_id = ?::uuid order by occurred_at", id)
                .stream().map(r -> (String) r.get("event")).toList());
        assertEquals(1, Db.count("select count(*) from audit_entries where action = 'RISK_ASSESSMENT_ACCEPTED' and object_id = ?"
                + " and actor = 'ca-nl' and outcome = 'SUCCESS' and seq > ?", id, mark), "once (the early attempt was refused)");

        // a new assessment supersedes it and ends its deadline
        Api.Response next = post(OWN, report("COM-2022-209", null), alpha);
        assertEquals(201, next.status(), next.toString());
        assertEquals("SUPERSEDED", Db.value("select state from risk_assessments where id = ?::uuid", id));
        assertEquals(0, Db.count("select count(*) from deadlines where subject_id = ? and state = 'SCHEDULED'", id));
    }

    @Test
    void badInputIsA400NamingTheFieldAndNothingIsStored() {
        String alpha = Tokens.provider(Provider.ALPHA);
        long before = assessmentsOf(Provider.ALPHA);
        Api.Response unknown = post(OWN, report("COM-2022-209", "\"favouriteColour\": \"blue\""), alpha);
        assertEquals(400, unknown.status(), unknown.toString());
        assertEquals("fields.favouriteColour", unknown.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        Api.Response missing = post(OWN, "{\"fields\": {\"riskAssessment\": \"low\"}}", alpha);
        assertEquals(400, missing.status(), missing.toString());
        assertTrue(missing.json().getJsonArray("violations").getJsonObject(0).getString("field").startsWith("fields."), missing.body());
        Api.Response future = post(OWN, report("COM-2022-209", null).replace(LocalDate.now(ZoneOffset.UTC).toString(), "2999-01-01"), alpha);
        assertEquals(400, future.status(), future.toString());
        assertEquals("fields.assessedAt", future.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        Api.Response kind = post(OWN, "{\"kind\": \"APP_STORE\", \"fields\": {}}", alpha);
        assertEquals(400, kind.status(), kind.toString());
        assertEquals("kind", kind.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        Api.Response noFields = post(OWN, "{}", alpha);
        assertEquals(400, noFields.status(), noFields.toString());
        assertEquals("fields", noFields.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        assertEquals(before, assessmentsOf(Provider.ALPHA), "nothing stored");
        assertEquals(400, post(REVIEWS + "/not-a-uuid/acceptance", "{}", Tokens.user("ca-nl")).status());
    }

    @Test
    void anAppStoreSubmitsItsArticle6MeasuresToTheAuthorityOfItsLegalRepresentative() {
        String gamma = Tokens.provider(Provider.GAMMA);
        Api.Response unnamed = post(OWN, "{\"fields\": {\"ageVerification\": \"x\"}}", gamma);
        assertEquals(400, unnamed.status(), "Gamma also hosts: without a kind it reports as a service: " + unnamed);
        Api.Response submitted = post(OWN, """
                {"kind": "APP_STORE", "fields": {"developerRiskChecks": "Developers declare their risk review (synthetic)",
                 "childAccessMeasures": "Apps rated 16+ hidden from child accounts",
                 "ageVerification": "Age estimation at account creation"}}""", gamma);
        assertEquals(201, submitted.status(), submitted.toString());
        String id = submitted.json().getString("id");
        assertEquals("APP_STORE", submitted.json().getString("kind"));
        assertEquals(200, Api.get(REVIEWS + "/" + id, Tokens.user("ca-ie")).status(), "Gamma's legal representative is in IE");
        assertEquals(404, Api.get(REVIEWS + "/" + id, Tokens.user("ca-nl")).status());
    }

    @Test
    void underTheCouncilProfileTheAuthorityAssignsACategoryAndAnUnansweredRequestBecomesOverdue() throws InterruptedException {
        String beta = Tokens.provider(Provider.BETA);
        String caDe = Tokens.user("ca-de");
        Api.Response submitted = post(OWN, report("COUNCIL-GA-2025", null), beta);
        assertEquals(201, submitted.status(), submitted.toString());
        String id = submitted.json().getString("id");
        assertTrue(submitted.json().getString("profile").startsWith("COUNCIL-GA-2025 v"), submitted.body());

        Api.Response wrong = post(REVIEWS + "/" + id + "/category", "{\"category\":\"EXTREME\"}", caDe);
        assertEquals(400, wrong.status(), wrong.toString());
        assertEquals("category", wrong.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        Api.Response high = post(REVIEWS + "/" + id + "/category", "{\"category\":\"HIGH\"}", caDe);
        assertEquals(200, high.status(), high.toString());
        assertEquals("HIGH", Db.value("select category from risk_assessments where id = ?::uuid", id));

        Api.Response asked = post(REVIEWS + "/" + id + "/measures-requirement", "{\"text\":\"Add a report button in chats\"}", caDe);
        assertEquals(200, asked.status(), asked.toString());
        assertTrue(Db.rows("select overdue_since from risk_assessments where id = ?::uuid", id).get(0).get("overdue_since") == null);

        Inbox de = Inbox.watch(caDe);
        long mark = Fixtures.auditMark();
        try {
            // the profile's measures period is 2 months (59 to 62 days), its reminder a week before (52 to 55 days):
            // 8 weeks (56 days) pass the reminder but not the due date, 2 more pass the due date
            Api.Response advanced = Api.postJson("/test-support/clock/advance", "{\"by\":\"P8W\"}", admin());
            assertEquals(200, advanced.status(), advanced.toString());
            JsonObject reminder = de.awaitNew(UUID.fromString(id), "DEADLINE_REMINDER");
            assertTrue(reminder.getString("summary").contains("mitigation measures"), reminder.toString());
            assertFalse(Api.get(REVIEWS + "/" + id, caDe).json().containsKey("overdueSince"), "not overdue before its due date");

            assertEquals(200, Api.postJson("/test-support/clock/advance", "{\"by\":\"P2W\"}", admin()).status());
            List<JsonObject> list = Api.get(REVIEWS, caDe).jsonArray().getValuesAs(JsonObject.class);
            int at = -1;
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).getString("id").equals(id)) {
                    at = i;
                }
            }
            assertTrue(at >= 0, "listed: " + list);
            JsonObject overdue = list.get(at);
            assertEquals("MEASURES", overdue.getString("overdueKind", "(not overdue)"), overdue.toString());
            assertEquals(asked.json().getString("answerDueAt"), overdue.getString("overdueSince"));
            for (int i = 0; i < at; i++) {
                assertTrue(list.get(i).containsKey("overdueSince"), "only overdue assessments come before it: " + list.get(i));
            }
            assertEquals(1, Db.count("select count(*) from audit_entries where action = 'RISK_ASSESSMENT_OVERDUE' and object_id = ?"
                    + " and seq > ?", id, mark), "recorded once, whoever ran the sweep");
            assertEquals(1, de.newItemsAbout(UUID.fromString(id)).size(), "one reminder, not repeated at the due date");
        } finally {
            Api.post("/test-support/clock/reset", "", admin());
        }
    }
}
