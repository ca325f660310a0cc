package eu.csar.it.orders;

import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Tokens;
import eu.csar.it.support.Tokens.Provider;
import eu.csar.orders.application.DsaStatementRules;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13 §2 on the real stack: a removal order executed end to end (issued by the NL issuing
 * authority, acknowledged and executed by Alpha) comes out of the export as DSA statements of
 * reasons that pass the database's field rules, with the same puids every time; Beta neither finds
 * the order (404) nor gets Alpha's statements; other roles are 403; an order not yet executed is 409.
 */
@ExtendWith(ArquillianExtension.class)
class DsaStatementsIT {

    static final String EXPORT = "/api/v1/dsa-statements";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    /** A statement as the database reads it: strings and arrays of strings. */
    static Map<String, Object> map(JsonObject statement) {
        Map<String, Object> out = new LinkedHashMap<>();
        statement.forEach((field, value) -> out.put(field, value.getValueType() == JsonValue.ValueType.ARRAY
                ? value.asJsonArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()
                : ((JsonString) value).getString()));
        return out;
    }

    static List<String> puids(JsonArray statements) {
        return statements.getValuesAs(JsonObject.class).stream().map(s -> s.getString("puid")).toList();
    }

    /** Every statement the provider's export holds for {@code day}, page by page. */
    static List<String> exportedPuids(String token, LocalDate day) {
        List<String> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Api.Response r = Api.get(EXPORT + "?from=" + day + "&to=" + day + "&page=" + page, token);
            assertEquals(200, r.status(), r.toString());
            JsonArray statements = r.json().getJsonArray("statements");
            assertTrue(statements.size() <= DsaStatementRules.MAX_BATCH);
            all.addAll(puids(statements));
            if (r.header("Link").isEmpty()) {
                assertEquals(Long.parseLong(r.header("X-Total-Count").orElseThrow()), all.size());
                return all;
            }
            assertTrue(r.header("Link").get().contains("rel=\"next\""), r.toString());
        }
    }

    @Test
    void anExecutedRemovalOrderIsExportedAsValidStatementsWithStablePuids() {
        String alpha = Tokens.provider(Provider.ALPHA);
        JsonObject order = RemovalOrderIT.issue(false);
        String id = order.getString("id");
        String path = RemovalOrderIT.ORDERS + "/" + id + "/dsa-statements";

        Api.Response early = Api.get(path, alpha);
        assertEquals(409, early.status(), "no decision before execution: " + early);

        assertEquals(200, RemovalOrderIT.post(RemovalOrderIT.ORDERS + "/" + id + "/receipt", "", alpha).status());
        Api.Response executed = RemovalOrderIT.post(RemovalOrderIT.ORDERS + "/" + id + "/execution",
                "{\"measureTaken\":\"REMOVED\"}", alpha);
        assertEquals(200, executed.status(), executed.toString());
        LocalDate day = Instant.parse(executed.json().getString("executedAt")).atOffset(ZoneOffset.UTC).toLocalDate();

        Api.Response r = Api.get(path, alpha);
        assertEquals(200, r.status(), r.toString());
        assertEquals(Set.of("statements"), r.json().keySet(), "the DSA database's multiple-submission body");
        JsonArray statements = r.json().getJsonArray("statements");
        assertEquals(2, statements.size(), "one statement per item");
        List<Map<String, Object>> submission = statements.getValuesAs(JsonObject.class).stream().map(DsaStatementsIT::map).toList();
        assertEquals(List.of(), DsaStatementRules.batch(submission, LocalDate.now(ZoneOffset.UTC).plusDays(1)));

        JsonObject first = statements.getJsonObject(0);
        assertEquals("DECISION_VISIBILITY_CONTENT_REMOVED", first.getJsonArray("decision_visibility").getString(0));
        assertEquals("DECISION_GROUND_ILLEGAL_CONTENT", first.getString("decision_ground"));
        assertEquals("STATEMENT_CATEGORY_PROTECTION_OF_MINORS", first.getString("category"));
        assertEquals("KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL", first.getJsonArray("category_specification").getString(0));
        assertEquals("SOURCE_TYPE_OTHER_NOTIFICATION", first.getString("source_type"));
        assertEquals(day.toString(), first.getString("application_date"));
        assertEquals(27, first.getJsonArray("territorial_scope").size());
        assertTrue(first.getString("illegal_content_legal_ground").contains(order.getString("reference")));
        assertTrue(first.getString("illegal_content_explanation").contains("2022/2065"));
        assertEquals(List.of("csar-ro-" + id + "-0", "csar-ro-" + id + "-1"), puids(statements));
        assertFalse(r.body().contains("alphadrive.example") || r.body().contains("file-id 4711"),
                "no locator of an item leaves in a statement: " + r.body());

        assertEquals(puids(statements), puids(Api.get(path, alpha).json().getJsonArray("statements")),
                "a second export carries the same puids");
        List<String> exported = exportedPuids(alpha, day);
        assertTrue(exported.containsAll(puids(statements)), "the date-range export holds the order's statements");
        assertEquals(exported, exportedPuids(alpha, day), "the same statements, the same puids, in the same order");
        assertTrue(Db.count("select count(*) from audit_events where action = 'REMOVAL_ORDER_DSA_STATEMENTS_READ'"
                + " and object_id = ?", id) >= 2, "each export of the order is audited");

        // another provider: the order is not found and its statements are not in Beta's export
        String beta = Tokens.provider(Provider.BETA);
        assertEquals(404, Api.get(path, beta).status());
        List<String> betas = exportedPuids(beta, day);
        assertFalse(betas.stream().anyMatch(p -> p.contains(id)), "Alpha's removals are not Beta's: " + betas);
    }

    @Test
    void onlyProvidersExportAndBadInputIsAProblemNamingTheField() {
        assertEquals(403, Api.get(EXPORT, RemovalOrderIT.judge()).status());
        assertEquals(403, Api.get(EXPORT, Tokens.user("ca-nl")).status());
        String id = RemovalOrderIT.issue(false).getString("id");
        assertEquals(403, Api.get(RemovalOrderIT.ORDERS + "/" + id + "/dsa-statements", RemovalOrderIT.judge()).status());

        String alpha = Tokens.provider(Provider.ALPHA);
        Api.Response badDate = Api.get(EXPORT + "?from=2026-13-01", alpha);
        assertEquals(400, badDate.status(), badDate.toString());
        assertTrue(badDate.body().contains("from"), badDate.toString());
        Api.Response backwards = Api.get(EXPORT + "?from=2026-12-02&to=2026-12-01", alpha);
        assertEquals(400, backwards.status(), backwards.toString());
        assertTrue(backwards.body().contains("\"to\""), backwards.toString());
        assertEquals(400, Api.get(EXPORT + "?size=101", alpha).status(), "at most 100 statements a batch");
    }
}
