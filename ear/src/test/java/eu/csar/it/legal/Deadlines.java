package eu.csar.it.legal;

import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
import eu.csar.it.support.Tokens;
import jakarta.json.JsonObject;

import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The deadline ITs' calls to the test-support clock control and deadline stand-in, and what they look up in PostgreSQL. */
public final class Deadlines {

    private Deadlines() {
    }

    static String admin() {
        return Tokens.user("admin");
    }

    /** Schedules a deadline for a new test case through the stand-in workflow; answers the deadline as JSON. */
    public static JsonObject schedule(String period, String extraJson) {
        String body = "{\"kind\":\"removal-order.execution\",\"subjectType\":\"TestCase\",\"subjectId\":\"" + UUID.randomUUID()
                + "\",\"profileId\":\"COM-2022-209\",\"profileVersion\":1,\"period\":\"" + period + "\""
                + (extraJson == null ? "" : "," + extraJson) + "}";
        Api.Response r = Api.postJson("/test-support/deadlines", body, admin());
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    static JsonObject advance(String by) {
        Api.Response r = Api.postJson("/test-support/clock/advance", "{\"by\":\"" + by + "\"}", admin());
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    public static Instant now() {
        Api.Response r = Api.get("/test-support/clock", admin());
        assertEquals(200, r.status(), r.toString());
        return Instant.parse(r.json().getString("now"));
    }

    static Api.Response move(String id, String move, String reason) {
        return Api.postJson("/test-support/deadlines/" + id + "/" + move, "{\"reason\":\"" + reason + "\"}", admin());
    }

    static boolean reached(JsonObject advance, String id, String occasion) {
        return advance.getJsonArray("reached").stream().map(JsonObject.class::cast)
                .anyMatch(r -> r.getString("deadline").equals(id) && r.getString("occasion").equals(occasion));
    }

    public static String state(String id) {
        return (String) Db.value("select state from deadlines where id = ?", UUID.fromString(id));
    }

    public static long historyRows(String id, String event) {
        return Db.count("select count(*) from deadline_status_changes where deadline_id = ? and event = ?", UUID.fromString(id), event);
    }

    public static long auditRows(String id, String action) {
        return Db.count("select count(*) from audit_entries where object_id = ? and action = ?", id, action);
    }
}
