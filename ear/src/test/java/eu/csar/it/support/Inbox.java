package eu.csar.it.support;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An authority's inbox over REST, watched from a moment on: take it before the action, then wait
 * for what the action (delivered asynchronously through JMS) put there. Items that were in the
 * inbox before never count, whatever earlier tests left.
 */
public final class Inbox {

    private final String token;
    private final Set<String> before;

    private Inbox(String token) {
        this.token = token;
        this.before = items().stream().map(o -> o.getString("id")).collect(Collectors.toSet());
    }

    /** Watches the inbox of the caller of {@code token} from now on. */
    public static Inbox watch(String token) {
        return new Inbox(token);
    }

    /** All items that arrived since the watch began and are about {@code subjectId}. */
    public List<JsonObject> newItemsAbout(UUID subjectId) {
        return items().stream().filter(o -> !before.contains(o.getString("id")))
                .filter(o -> o.getString("subjectId").equals(subjectId.toString())).toList();
    }

    /** Waits up to 30 s for a new item of {@code kind} about {@code subjectId}. */
    public JsonObject awaitNew(UUID subjectId, String kind) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            var match = newItemsAbout(subjectId).stream().filter(o -> o.getString("kind").equals(kind)).findFirst();
            if (match.isPresent()) {
                return match.get();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no new " + kind + " notification about " + subjectId + " within 30 s");
    }

    /** A list of codes of an item, e.g. {@code codes(item, "changes")} gives {@code [LEGAL_REPRESENTATIVE]}. */
    public static List<String> codes(JsonObject item, String field) {
        return item.getJsonArray(field).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /** The item with this id as the inbox lists it now, if listed. */
    public Optional<JsonObject> item(String id) {
        return items().stream().filter(o -> o.getString("id").equals(id)).findFirst();
    }

    private List<JsonObject> items() {
        Api.Response inbox = Api.get("/api/v1/inbox", token);
        assertEquals(200, inbox.status(), inbox.toString());
        return inbox.jsonArray().stream().map(v -> v.asJsonObject()).toList();
    }
}
