package eu.csar.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Active entries of the EU Centre's URL list, made the way the EU Centre makes them: submitted by the
 * Coordinating Authority of NL and verified by a reviewer (synthetic URLs under .example.invalid).
 * Blocking and delisting orders name them.
 */
public final class UrlListEntries {

    private UrlListEntries() {
    }

    /** {@code n} new active entries, their indicator ids in submission order. */
    public static List<String> active(int n) {
        StringBuilder text = new StringBuilder();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < n; i++) {
            text.append("URL,https://blocked-").append(tag).append(".example.invalid/page/").append(i).append('\n');
        }
        String body = Json.createObjectBuilder().add("setCode", "url-list").add("authority", "Politie Nederland (demo)")
                .add("decisionReference", Fixtures.unique("NL-URL")).add("decisionDate", "2026-11-30")
                .add("process", "csar-url").add("processVersion", "1").add("text", text.toString()).build().toString();
        Api.Response sent = Api.post("/api/v1/indicator-submissions", body, Tokens.user("ca-nl"), "Content-Type",
                "application/json", "Accept", "application/json", "Idempotency-Key", UUID.randomUUID().toString());
        assertEquals(201, sent.status(), sent.toString());
        String submission = sent.json().getString("id");
        Api.Response verified = Api.post("/api/v1/indicator-submissions/" + submission + "/verification", "{}",
                Tokens.user("reviewer"), "Content-Type", "application/json", "Accept", "application/json",
                "Idempotency-Key", UUID.randomUUID().toString());
        assertEquals(200, verified.status(), verified.toString());
        List<String> ids = sent.json().getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .map(l -> l.getString("indicatorId")).toList();
        assertEquals(n, ids.size());
        return ids;
    }
}
