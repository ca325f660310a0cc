package eu.csar.it.risk;

import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Fixtures;
import eu.csar.it.support.Inbox;
import eu.csar.it.support.Tokens;
import eu.csar.it.support.Tokens.Provider;
import jakarta.json.Json;
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
import java.util.Map;
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
 * authority's inbox and in the provider's own (which no other provider sees) and the assessment at
 * the top of its list as overdue. A Coordinating Authority
 * starts a detection-order request from its provider's assessment (the order names it, in
 * PostgreSQL and in its answer); another Member State's or a missing assessment is 404, another
 * provider's a 400 naming {@code riskAssessmentId}. While an issued detection order runs, the
 * provider's next assessment is due two months before its end (the deadline moves, audited), and
 * back at three years once the order is revoked.
 */
@ExtendWith(ArquillianExtension.class)
class RiskAssessmentIT {

    static final String OWN = "/api/v1/risk-assessments";
    static final String REVIEWS = "/api/v1/risk-reviews";
    static final String ORDERS = "/api/v1/detection-orders";
    static final String KNOWN_IMAGES = "00000000-0000-4000-8000-000000000441";

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

    /**
     * The next assessment's due date for one carried out at {@code assessedAt}: 3 years later (Art 3(4)),
     * or the earliest date a detection order in force against the provider requires its update by
     * (other tests may leave issued orders against the demo providers).
     */
    static Instant expectedUpdateDue(Provider p, Instant assessedAt) {
        Instant due = ZonedDateTime.ofInstant(assessedAt, ZoneOffset.UTC).plusYears(3).toInstant();
        for (Map<String, Object> row : Db.rows("select update_due_by from risk_detection_order_terms where provider_id = ?::uuid",
                p.providerId.toString())) {
            Instant bound = ((java.sql.Timestamp) row.get("update_due_by")).toInstant();
            if (bound.isAfter(assessedAt) && bound.isBefore(due)) {
                due = bound;
            }
        }
        return due;
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
        assertEquals(expectedUpdateDue(Provider.ALPHA, assessedAt).toString(), a.getString("updateDueAt"),
                "the next assessment: the profile's update interval (3 years) after this one, or earlier for an order in force");

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
        Inbox betasOwn = Inbox.watch(beta);
        long mark = Fixtures.auditMark();
        try {
            // the profile's measures period is 2 months (59 to 62 days), its reminder a week before (52 to 55 days):
            // 8 weeks (56 days) pass the reminder but not the due date, 2 more pass the due date
            Api.Response advanced = Api.postJson("/test-support/clock/advance", "{\"by\":\"P8W\"}", admin());
            assertEquals(200, advanced.status(), advanced.toString());
            JsonObject reminder = de.awaitNew(UUID.fromString(id), "DEADLINE_REMINDER");
            assertTrue(reminder.getString("summary").contains("mitigation measures"), reminder.toString());
            assertEquals("DE", reminder.getString("recipient"), "the authority lists its own reminder, not the provider's");
            providerIsRemindedInItsOwnInboxOnly(betasOwn, UUID.fromString(id), de, caDe);
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

    /**
     * The provider's own reminder (its inbox over REST with its client's token, in its own words); Alpha's
     * client neither lists it nor marks it read (404), nor does the authority; Beta's client marks it read
     * (row in PostgreSQL).
     */
    static void providerIsRemindedInItsOwnInboxOnly(Inbox betasOwn, UUID assessment, Inbox authoritys, String authority)
            throws InterruptedException {
        JsonObject own = betasOwn.awaitNew(assessment, "DEADLINE_REMINDER");
        assertEquals("PROVIDER:" + Provider.BETA.providerId, own.getString("recipient"), own.toString());
        assertTrue(own.getString("summary").contains("your answer to the mitigation measures"), own.toString());
        String notification = own.getString("id");
        String alpha = Tokens.provider(Provider.ALPHA);
        assertTrue(Api.get("/api/v1/inbox", alpha).jsonArray().getValuesAs(JsonObject.class).stream()
                .noneMatch(o -> o.getString("id").equals(notification)), "not in another provider's inbox");
        assertEquals(404, Api.postJson("/api/v1/inbox/" + notification + "/read", "", alpha).status());
        assertTrue(authoritys.item(notification).isEmpty(), "not in the authority's inbox listing");
        assertEquals(404, Api.postJson("/api/v1/inbox/" + notification + "/read", "", authority).status());
        assertEquals(0, Db.count("select count(*) from notifications where id = ?::uuid and read_at is not null", notification));
        assertEquals(204, Api.postJson("/api/v1/inbox/" + notification + "/read", "", Tokens.provider(Provider.BETA)).status());
        assertEquals(1, Db.count("select count(*) from notifications where id = ?::uuid and read_at is not null", notification));
    }

    /** A draft detection-order request for Alpha (NL) naming {@code assessment}, on the shared known-images set (no grant before an issue). */
    static String orderRequest(String assessment) {
        return Json.createObjectBuilder().add("reference", "IT-RISK-DO-" + UUID.randomUUID().toString().substring(0, 8))
                .add("providerId", Provider.ALPHA.providerId.toString())
                .add("service", "AlphaDrive file sharing, public links (synthetic)").add("type", "KNOWN_MATERIAL")
                .add("indicatorSets", Json.createArrayBuilder().add(KNOWN_IMAGES)).add("duration", "P12M")
                .add("safeguards", "Human review of every hit (synthetic)").add("technologyReference", "TECH-PDQ-1 (synthetic)")
                .add("reasons", "The provider's risk assessment shows a remaining significant risk (synthetic)")
                .add("riskAssessmentId", assessment).build().toString();
    }

    static long ordersOfAlpha() {
        return Db.count("select count(*) from detection_orders where provider_id = ?::uuid", Provider.ALPHA.providerId.toString());
    }

    @Test
    void aCoordinatingAuthorityStartsADetectionOrderRequestFromItsProvidersAssessment() {
        String alphaAssessment = post(OWN, report("COM-2022-209", null), Tokens.provider(Provider.ALPHA)).json().getString("id");
        String betaAssessment = post(OWN, report("COM-2022-209", null), Tokens.provider(Provider.BETA)).json().getString("id");
        String caNl = Tokens.user("ca-nl");
        long mark = Fixtures.auditMark();
        String order = null;
        try {
            Api.Response drafted = post(ORDERS, orderRequest(alphaAssessment), caNl);
            assertEquals(201, drafted.status(), drafted.toString());
            order = drafted.json().getString("id");
            assertEquals(alphaAssessment, drafted.json().getString("riskAssessmentId"));
            assertEquals(alphaAssessment, Api.get(ORDERS + "/" + order, caNl).json().getString("riskAssessmentId"),
                    "the order's answer names the assessment");
            assertEquals(alphaAssessment, Db.value("select risk_assessment_id::text from detection_orders where id = ?::uuid", order));
            assertEquals(1, Db.count("select count(*) from audit_entries where action = 'DETECTION_ORDER_DRAFTED' and object_id = ?"
                    + " and outcome = 'SUCCESS' and purpose like ? and seq > ?", order, "%from risk assessment " + alphaAssessment, mark));
            assertEquals(1, Db.count("select count(*) from audit_entries where action = 'RISK_ASSESSMENT_READ' and object_id = ?"
                    + " and outcome = 'SUCCESS' and purpose like '%detection-order request%' and seq > ?", alphaAssessment, mark));

            long before = ordersOfAlpha();
            // another Member State's provider's assessment, or none at all: not found for ca-nl, audited
            assertEquals(404, post(ORDERS, orderRequest(betaAssessment), caNl).status());
            assertEquals(404, post(ORDERS, orderRequest(UUID.randomUUID().toString()), caNl).status());
            assertEquals(2, Db.count("select count(*) from audit_entries where action = 'DETECTION_ORDER_DRAFTED'"
                    + " and outcome = 'NOT_FOUND' and seq > ?", mark));
            // an authority competent for both (NL and DE) may see Beta's, but it is not Alpha's: 400 naming the field
            Api.Response otherProvider = post(ORDERS, orderRequest(betaAssessment), Tokens.user("ca-nl-de"));
            assertEquals(400, otherProvider.status(), otherProvider.toString());
            assertEquals("riskAssessmentId", otherProvider.json().getJsonArray("violations").getJsonObject(0).getString("field"));
            Api.Response malformed = post(ORDERS, orderRequest("not-a-uuid"), caNl);
            assertEquals(400, malformed.status(), malformed.toString());
            assertEquals("riskAssessmentId", malformed.json().getJsonArray("violations").getJsonObject(0).getString("field"));
            assertEquals(before, ordersOfAlpha(), "nothing stored");
        } finally {
            if (order != null) {
                post(ORDERS + "/" + order + "/withdrawal", "{\"text\":\"End of the test (synthetic)\"}", caNl);
            }
        }
    }

    static Api.Response ok(Api.Response r) {
        assertEquals(200, r.status(), r.toString());
        return r;
    }

    @Test
    void whileADetectionOrderIsInForceTheNextAssessmentIsDueTwoMonthsBeforeItsEnd() {
        String alpha = Tokens.provider(Provider.ALPHA);
        String caNl = Tokens.user("ca-nl");
        String judge = Tokens.user("judge-nl");
        String admin = admin();
        Api.Response submitted = post(OWN, report("COM-2022-209", null), alpha);
        assertEquals(201, submitted.status(), submitted.toString());
        String id = submitted.json().getString("id");
        Instant assessedAt = Instant.parse(submitted.json().getString("assessedAt"));
        Instant before = Instant.parse(submitted.json().getString("updateDueAt"));
        String setId = UUID.randomUUID().toString();
        Db.execute("insert into indicator_sets (id, code, parent_id, kinds, source, created_at) values ('" + setId
                + "', 'it-risk-terms-" + setId.substring(0, 8) + "', '" + KNOWN_IMAGES + "', 'PDQ', 'THIRD_PARTY_LIST', now())");
        String order = null;
        long mark = Fixtures.auditMark();
        try {
            Api.Response drafted = post(ORDERS, orderRequest(id).replace(KNOWN_IMAGES, setId).replace("\"P12M\"", "\"P3M\""), caNl);
            assertEquals(201, drafted.status(), drafted.toString());
            order = drafted.json().getString("id");
            String o = ORDERS + "/" + order;
            ok(post(o + "/consultation", "{\"commentPeriod\":\"P2W\"}", caNl));
            ok(post(o + "/comments", "{\"text\":\"Public links only (synthetic)\"}", alpha));
            ok(post(o + "/centre-opinion", "{\"text\":\"Proportionate (synthetic)\"}", admin));
            ok(post(o + "/adjusted-draft", "{\"text\":\"Limited to public links (synthetic)\"}", caNl));
            ok(post(o + "/implementation-plan", "{\"text\":\"Hash on upload (synthetic)\"}", alpha));
            ok(post(o + "/submission", "", caNl));
            assertEquals(before.toString(), Api.get(OWN + "/" + id, alpha).json().getString("updateDueAt"),
                    "a request not yet issued binds nothing");
            Instant now = Instant.parse(Api.get("/test-support/clock", admin).json().getString("now"));
            Instant start = now.plus(java.time.Duration.ofDays(130)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            Api.Response issued = ok(post(o + "/issue", Json.createObjectBuilder().add("issuingAuthority", "Rechtbank Den Haag (demo)")
                    .add("start", start.toString()).add("reasons", "Significant risk remains (synthetic)").build().toString(), judge));
            Instant end = Instant.parse(issued.json().getString("end"));
            Instant bound = ZonedDateTime.ofInstant(end, ZoneOffset.UTC).minusMonths(2).toInstant();

            // the provider, and the authority, see the earlier date; the deadline service runs it
            assertEquals(bound, Db.rows("select update_due_by from risk_detection_order_terms where order_id = ?::uuid", order)
                    .stream().map(r -> ((java.sql.Timestamp) r.get("update_due_by")).toInstant()).findFirst().orElseThrow());
            Instant expected = expectedUpdateDue(Provider.ALPHA, assessedAt);
            assertEquals(bound, expected, "the 3-month order's bound is the earliest (other tests' orders run 12 months)");
            assertTrue(bound.isBefore(before), bound + " before " + before);
            assertEquals(expected.toString(), Api.get(OWN + "/" + id, alpha).json().getString("updateDueAt"));
            assertEquals(expected.toString(), Api.get(REVIEWS + "/" + id, caNl).json().getString("updateDueAt"));
            assertEquals(1, Db.count("select count(*) from deadlines where subject_type = 'RiskAssessment' and subject_id = ?"
                    + " and kind = 'risk-assessment.update' and state = 'SCHEDULED' and due_at = ?::timestamptz", id, expected.toString()));
            assertEquals(1, Db.count("select count(*) from deadlines where subject_id = ? and kind = 'risk-assessment.update'"
                    + " and state = 'CANCELLED'", id), "the 3-year deadline gave way");
            assertEquals(1, Db.count("select count(*) from audit_entries where action = 'RISK_ASSESSMENT_DUE_DATE_MOVED'"
                    + " and object_id = ? and seq > ?", id, mark));

            // the order is revoked: it binds nothing any more
            ok(post(o + "/revocation", "{\"text\":\"Risk no longer significant (synthetic)\"}", judge));
            order = null;
            assertEquals(0, Db.count("select count(*) from risk_detection_order_terms where order_id = ?::uuid", drafted.json().getString("id")));
            assertEquals(expectedUpdateDue(Provider.ALPHA, assessedAt).toString(), Api.get(OWN + "/" + id, alpha).json().getString("updateDueAt"));
            assertEquals(1, Db.count("select count(*) from deadlines where subject_id = ? and kind = 'risk-assessment.update'"
                    + " and state = 'SCHEDULED'", id), "one open deadline for the next assessment");
        } finally {
            if (order != null) {
                post(ORDERS + "/" + order + "/revocation", "{\"text\":\"End of the test (synthetic)\"}", judge);
                post(ORDERS + "/" + order + "/withdrawal", "{\"text\":\"End of the test (synthetic)\"}", caNl);
            }
        }
    }
}
