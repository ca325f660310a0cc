package eu.csar.it.penalties;

import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Fixtures;
import eu.csar.it.support.Tokens;
import eu.csar.it.support.Tokens.Provider;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Penalty case files over REST on the real stack (Art 35): the Coordinating Authority of the Netherlands
 * opens a case against a provider established there, linked to a removal order to it, records the
 * factor checklist and the turnover, and decides at the 6% cap (200, rows in PostgreSQL with the
 * calculator's steps); one cent over is a 400 naming the Article with nothing stored; another Member
 * State's authority gets 404 for the case and for a provider outside its jurisdiction; a provider 403;
 * every read and write is on the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
class PenaltyCaseIT {

    static final String CASES = "/api/v1/penalties/cases";
    static final List<String> FACTORS = List.of("GRAVITY", "DURATION", "INTENT_OR_NEGLIGENCE", "PREVIOUS_INFRINGEMENTS",
            "FINANCIAL_STRENGTH", "COOPERATION", "SIZE");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    static Api.Response post(String path, String body, String token) {
        return Api.post(path, body, token, "Content-Type", "application/json", "Idempotency-Key", UUID.randomUUID().toString());
    }

    static String removalOrderToAlpha() {
        String body = Json.createObjectBuilder().add("reference", "IT-PEN-" + UUID.randomUUID().toString().substring(0, 8))
                .add("issuingAuthority", "Rechtbank Den Haag (demo)").add("providerId", Provider.ALPHA.providerId.toString())
                .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "URL")
                        .add("locator", "https://alphadrive.example/f/" + UUID.randomUUID())))
                .add("reasons", "Synthetic statement of reasons for an integration test").add("nonDisclosure", false).build().toString();
        Api.Response r = post("/api/v1/removal-orders", body, Tokens.user("judge-nl"));
        assertEquals(201, r.status(), r.toString());
        return r.json().getString("id");
    }

    static String openJson(UUID provider, String... removalOrders) {
        JsonArrayBuilder links = Json.createArrayBuilder();
        for (String id : removalOrders) {
            links.add(Json.createObjectBuilder().add("kind", "REMOVAL_ORDER").add("id", id));
        }
        return Json.createObjectBuilder().add("providerId", provider.toString())
                .add("summary", "Removal orders not executed within the period (synthetic)").add("links", links).build().toString();
    }

    static JsonObject openReady(String ca) {
        Api.Response opened = post(CASES, openJson(Provider.ALPHA.providerId, removalOrderToAlpha()), ca);
        assertEquals(201, opened.status(), opened.toString());
        String id = opened.json().getString("id");
        JsonArrayBuilder factors = Json.createArrayBuilder();
        FACTORS.forEach(f -> factors.add(Json.createObjectBuilder().add("factor", f).add("assessment", "NEUTRAL")
                .add("note", "assessed (synthetic)")));
        Api.Response f = post(CASES + "/" + id + "/factors", Json.createObjectBuilder().add("factors", factors).build().toString(), ca);
        assertEquals(200, f.status(), f.toString());
        Api.Response t = post(CASES + "/" + id + "/turnover", """
                {"annualTurnover": "250000000.00", "businessYear": 2025}""", ca);
        assertEquals(200, t.status(), t.toString());
        assertEquals(365, t.json().getInt("businessYearDays"));
        return t.json();
    }

    static JsonObject violation(Api.Response r) {
        return r.json().getJsonArray("violations").getJsonObject(0);
    }

    @Test
    void openedWithItsFactorsAndTurnoverDecidedAtTheCapWithTheStepsStoredAndOneCentOverRefusedWithTheArticle() {
        long mark = Fixtures.auditMark();
        String ca = Tokens.user("ca-nl");
        JsonObject c = openReady(ca);
        String id = c.getString("id");
        assertTrue(c.getString("caseNumber").matches("NL-PEN-\\d{4}-\\d{4,}"), c.toString());
        assertEquals("OPEN", c.getString("state"));
        assertTrue(c.getJsonArray("missingFactors").isEmpty(), c.toString());
        assertTrue(c.getString("profile").startsWith("COM-2022-209 v"), c.toString());
        assertEquals("REMOVAL_ORDER", c.getJsonArray("links").getJsonObject(0).getString("kind"));

        // one cent over the cap: 400 naming the field and the Article, nothing stored
        Api.Response over = post(CASES + "/" + id + "/decision", """
                {"kind": "INFRINGEMENT", "proposedAmount": "15000000.01", "reasoning": "too much"}""", ca);
        assertEquals(400, over.status(), over.toString());
        assertEquals("proposedAmount", violation(over).getString("field"));
        assertTrue(over.body().contains("Art 35(4), first subparagraph"), over.body());
        assertEquals(1, Db.count("select count(*) from penalty_cases where id = ?::uuid and state = 'OPEN'"
                + " and decision_amount is null", id));
        assertEquals(0, Db.count("select count(*) from penalty_case_steps where case_id = ?::uuid", id));
        assertEquals(1, Db.count("select count(*) from audit_entries where seq > ? and action = 'PENALTY_CASE_DECIDED'"
                + " and object_id = ? and outcome = 'REFUSED'", mark, id));

        // the preview shows the same cap without deciding
        Api.Response preview = Api.postJson(CASES + "/" + id + "/calculation", """
                {"kind": "INFRINGEMENT", "proposedAmount": 15000000}""", ca);
        assertEquals(200, preview.status(), preview.toString());
        assertEquals(0, new BigDecimal("15000000.00").compareTo(preview.json().getJsonNumber("cap").bigDecimalValue()));

        // at the cap: decided, with the calculator's steps in PostgreSQL
        Api.Response at = post(CASES + "/" + id + "/decision", """
                {"kind": "INFRINGEMENT", "proposedAmount": "15000000.00", "reasoning": "Grave and lasting (synthetic)"}""", ca);
        assertEquals(200, at.status(), at.toString());
        assertTrue(at.header("Cache-Control").orElse("").contains("no-store"), at.toString());
        JsonObject decision = at.json().getJsonObject("decision");
        assertEquals("DECIDED", at.json().getString("state"));
        assertEquals("Art 35(4), first subparagraph", decision.getString("article"));
        JsonObject proposed = decision.getJsonArray("steps").getJsonObject(2);
        assertEquals("Proposed: EUR 15000000.00, at the cap", proposed.getString("text"));
        assertEquals("penStep.proposedAtCapFine", proposed.getString("key"));
        Map<String, Object> row = Db.rows("select state, decision_kind, decision_amount, decision_cap, annual_turnover"
                + " from penalty_cases where id = ?::uuid", id).get(0);
        assertEquals("DECIDED", row.get("state"));
        assertEquals("INFRINGEMENT", row.get("decision_kind"));
        assertEquals(0, new BigDecimal("15000000.00").compareTo((BigDecimal) row.get("decision_amount")));
        assertEquals(0, new BigDecimal("15000000.00").compareTo((BigDecimal) row.get("decision_cap")));
        assertEquals("penStep.proposedAtCapFine", Db.value("select message_key from penalty_case_steps where case_id = ?::uuid"
                + " and position = 2", id));
        assertEquals("EUR 15000000.00", Db.value("select arguments from penalty_case_steps where case_id = ?::uuid"
                + " and position = 2", id));
        assertEquals(7, Db.count("select count(*) from penalty_case_factors where case_id = ?::uuid", id));
        assertEquals(2, Db.count("select count(*) from penalty_case_status_changes where case_id = ?::uuid", id));

        // decided: no second decision, no more turnover; closed afterwards
        Api.Response again = post(CASES + "/" + id + "/turnover", """
                {"annualTurnover": 1, "businessYear": 2025}""", ca);
        assertEquals(409, again.status(), again.toString());
        Api.Response closed = post(CASES + "/" + id + "/closing", "{\"reason\": \"paid (synthetic)\"}", ca);
        assertEquals(200, closed.status(), closed.toString());
        assertEquals("CLOSED", closed.json().getString("state"));

        // read and listed, each audited
        assertEquals(200, Api.get(CASES + "/" + id, ca).status());
        Api.Response list = Api.get(CASES + "?size=100", ca);
        assertEquals(200, list.status(), list.toString());
        assertTrue(list.body().contains(id), list.body());
        for (String action : List.of("PENALTY_CASE_OPENED", "PENALTY_CASE_FACTORS_RECORDED", "PENALTY_CASE_TURNOVER_RECORDED",
                "PENALTY_CASE_DECIDED", "PENALTY_CASE_CLOSED", "PENALTY_CASE_READ")) {
            assertTrue(Db.count("select count(*) from audit_entries where seq > ? and action = ? and object_id = ?"
                    + " and outcome = 'SUCCESS'", mark, action, id) >= 1, action);
        }
        assertTrue(Db.count("select count(*) from audit_entries where seq > ? and action = 'PENALTY_CASE_LIST_READ'", mark) >= 1);
        // the trail never carries the confidential turnover
        assertEquals(0, Db.count("select count(*) from audit_entries where seq > ? and object_id = ? and purpose like '%250000000%'",
                mark, id));
    }

    @Test
    void periodicAndWrongInformationCapsApplyAtAndOverTheirLimits() {
        String ca = Tokens.user("ca-nl");
        String id = openReady(ca).getString("id");
        // 1%: EUR 2 500 000.00
        Api.Response info = post(CASES + "/" + id + "/decision", """
                {"kind": "INCORRECT_INFORMATION", "proposedAmount": "2500000.01", "reasoning": "r"}""", ca);
        assertEquals(400, info.status(), info.toString());
        assertTrue(info.body().contains("Art 35(4), second subparagraph"), info.body());
        // 5% of 250 000 000 / 365 = 684 931.50 a day: EUR 34 246.57 per day
        Api.Response periodicOver = post(CASES + "/" + id + "/decision", """
                {"kind": "PERIODIC", "proposedAmount": "34246.58", "days": 10, "reasoning": "r"}""", ca);
        assertEquals(400, periodicOver.status(), periodicOver.toString());
        assertTrue(periodicOver.body().contains("Art 35(5)"), periodicOver.body());
        Api.Response noDays = post(CASES + "/" + id + "/decision", """
                {"kind": "PERIODIC", "proposedAmount": "1", "reasoning": "r"}""", ca);
        assertEquals("days", violation(noDays).getString("field"), noDays.toString());
        Api.Response periodic = post(CASES + "/" + id + "/decision", """
                {"kind": "PERIODIC", "proposedAmount": "34246.57", "days": 10, "reasoning": "Until the orders are executed"}""", ca);
        assertEquals(200, periodic.status(), periodic.toString());
        assertEquals(0, new BigDecimal("342465.70").compareTo(periodic.json().getJsonObject("decision").getJsonNumber("total")
                .bigDecimalValue()));
    }

    @Test
    void anotherMemberStatesAuthorityFindsNeitherTheCaseNorAProviderOutsideItsJurisdictionAndProvidersAreForbidden() {
        long mark = Fixtures.auditMark();
        String nl = Tokens.user("ca-nl");
        String de = Tokens.user("ca-de");
        Api.Response opened = post(CASES, openJson(Provider.ALPHA.providerId), nl);
        assertEquals(201, opened.status(), opened.toString());
        String id = opened.json().getString("id");

        assertEquals(404, Api.get(CASES + "/" + id, de).status());
        assertEquals(404, post(CASES + "/" + id + "/withdrawal", "{\"reason\": \"x\"}", de).status());
        assertEquals(404, post(CASES + "/" + id + "/decision", """
                {"kind": "INFRINGEMENT", "proposedAmount": "1", "reasoning": "r"}""", de).status());
        assertEquals(404, post(CASES + "/" + id + "/turnover", """
                {"annualTurnover": 1, "businessYear": 2025}""", de).status());
        assertTrue(!Api.get(CASES + "?size=100", de).body().contains(id));
        assertEquals(1, Db.count("select count(*) from audit_entries where seq > ? and action = 'PENALTY_CASE_READ'"
                + " and object_id = ? and outcome = 'NOT_FOUND'", mark, id));
        // Alpha is established in NL: not the German authority's
        Api.Response foreign = post(CASES, openJson(Provider.ALPHA.providerId), de);
        assertEquals(404, foreign.status(), foreign.toString());
        assertEquals(404, post(CASES, openJson(UUID.randomUUID()), nl).status());

        Api.Response provider = Api.get(CASES + "/" + id, Tokens.provider(Provider.ALPHA));
        assertEquals(403, provider.status(), provider.toString());
        assertEquals(403, post(CASES, openJson(Provider.ALPHA.providerId), Tokens.provider(Provider.ALPHA)).status());
        assertEquals(403, Api.get(CASES, Tokens.user("reviewer")).status());

        Api.Response withdrawn = post(CASES + "/" + id + "/withdrawal", "{\"reason\": \"remedied (synthetic)\"}", nl);
        assertEquals(200, withdrawn.status(), withdrawn.toString());
        assertEquals("WITHDRAWN", withdrawn.json().getString("state"));
    }

    @Test
    void linksMustConcernTheProviderAndBadInputIsA400NamingItsFieldNeverA500() {
        String ca = Tokens.user("ca-nl");
        Fixtures.NewProvider other = Fixtures.provider("Penalty Other").establishedIn("NL").register();
        long before = Db.count("select count(*) from penalty_cases");
        // a removal order to Alpha does not concern another provider; an unknown id is no order at all
        Api.Response notTheirs = post(CASES, openJson(other.id(), removalOrderToAlpha()), ca);
        assertEquals(400, notTheirs.status(), notTheirs.toString());
        assertEquals("links[0].id", violation(notTheirs).getString("field"));
        Api.Response unknown = post(CASES, openJson(Provider.ALPHA.providerId, UUID.randomUUID().toString()), ca);
        assertEquals("links[0].id", violation(unknown).getString("field"), unknown.toString());
        assertEquals(before, Db.count("select count(*) from penalty_cases"));

        String id = post(CASES, openJson(Provider.ALPHA.providerId), ca).json().getString("id");
        Map<String, String> bad = Map.ofEntries(
                Map.entry(CASES + "|{\"summary\": \"s\"}", "providerId"),
                Map.entry(CASES + "|{\"providerId\": \"" + Provider.ALPHA.providerId + "\", \"summary\": \" \"}", "summary"),
                Map.entry(CASES + "|{\"providerId\": \"" + Provider.ALPHA.providerId + "\", \"summary\": \"s\", \"links\": 3}", "links"),
                Map.entry(CASES + "|{\"providerId\": \"" + Provider.ALPHA.providerId + "\", \"summary\": \"s\", \"links\": [{\"kind\": \"X\"}]}",
                        "links[0].kind"),
                Map.entry(CASES + "/" + id + "/factors|{\"factors\": [{\"factor\": \"HAIR\", \"assessment\": \"NEUTRAL\"}]}",
                        "factors[0].factor"),
                Map.entry(CASES + "/" + id + "/factors|{\"factors\": [{\"factor\": \"SIZE\", \"assessment\": \"HUGE\"}]}",
                        "factors[0].assessment"),
                Map.entry(CASES + "/" + id + "/factors|{\"factors\": [7]}", "factors[0]"),
                Map.entry(CASES + "/" + id + "/turnover|{\"annualTurnover\": \"lots\", \"businessYear\": 2025}", "annualTurnover"),
                Map.entry(CASES + "/" + id + "/turnover|{\"annualTurnover\": 1.001, \"businessYear\": 2025}", "annualTurnover"),
                Map.entry(CASES + "/" + id + "/turnover|{\"annualTurnover\": 1, \"businessYear\": 99999999999}", "businessYear"),
                Map.entry(CASES + "/" + id + "/turnover|{\"annualTurnover\": 1, \"businessYear\": 2025, \"businessYearDays\": 360}",
                        "businessYearDays"),
                Map.entry(CASES + "/" + id + "/decision|{\"kind\": \"INFRINGEMENT\", \"proposedAmount\": 1, \"reasoning\": \"r\"}",
                        "factors"),
                Map.entry(CASES + "/" + id + "/decision|{\"kind\": \"FINE\", \"proposedAmount\": 1, \"reasoning\": \"r\"}", "kind"));
        bad.forEach((request, field) -> {
            String[] parts = request.split("\\|", 2);
            Api.Response r = post(parts[0], parts[1], ca);
            assertEquals(400, r.status(), request + " -> " + r);
            assertTrue(r.body().contains("\"" + field + "\""), request + " -> " + r.body());
        });
        assertEquals(400, post(CASES + "/not-a-uuid/factors", "{}", ca).status());
        assertEquals(400, post(CASES, "not json", ca).status());
        assertEquals(404, Api.get(CASES + "/" + UUID.randomUUID(), ca).status());
    }
}
