package eu.csar.web.platform.rest;

import eu.csar.platform.api.StoredAnswer;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The answer kept for a key is the one the partner got (Response answers and replays: IdempotencyIT). */
class IdempotencyAnswersTest {

    static final Jsonb JSONB = JsonbBuilder.create();

    /** A DTO as the resources return them. */
    public static class Entry {
        public String name = "Alpha";
        public long version = 3;
    }

    @Test
    void aReturnedObjectIsA200JsonAnswer() {
        StoredAnswer answer = IdempotencyInterceptor.answerOf(new Entry(), JSONB);
        assertEquals(new StoredAnswer(200, "application/json", null, null, "{\"name\":\"Alpha\",\"version\":3}"), answer);
    }






    @Test
    void aReturnedObjectGoesOutAsReturned() {
        // a Response's JSON entity goes out as the kept text itself (no JAX-RS runtime here: ReportIntakeIT, IdempotencyIT)
        Entry dto = new Entry();
        assertSame(dto, IdempotencyInterceptor.asKept(dto, IdempotencyInterceptor.answerOf(dto, JSONB)));
    }

    @Test
    void noEntityIsA204() {
        assertEquals(new StoredAnswer(204, null, null, null, null), IdempotencyInterceptor.answerOf(null, JSONB));
    }

    @Test
    void theFingerprintedPathKeepsTheQuery() {
        assertEquals("/api/v1/providers", IdempotencyKeyFilter.pathAndQuery(URI.create("http://h/api/v1/providers")));
        assertEquals("/api/v1/x%20y?a=1&b=%2F", IdempotencyKeyFilter.pathAndQuery(URI.create("http://h/api/v1/x%20y?a=1&b=%2F")));
    }

    @Test
    void aReusedKeyIsA422ProblemAndNoOther422IsOne() {
        Problem problem = Problems.of(new IdempotencyKeyReused());
        assertEquals(422, problem.status);
        assertEquals("urn:eu:csar:problem:idempotency-key-reused", problem.type);
    }
}
