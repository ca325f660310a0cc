package eu.csar.web.indicators.rest;

import eu.csar.indicators.application.HashQuery;
import jakarta.json.JsonException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The streaming reader of match batches reads what the JSON-B binding read (nulls, unknown and
 * nested properties, upper-case kinds left to the batch check) and refuses, as malformed JSON,
 * what the strict binding refused: a text field that is not a string, a batch that is not an object.
 */
class MatchRequestReaderTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"hashes\":[{\"kind\":\"PDQ\",\"hash\":\"ab\"},{\"kind\":\"md5\",\"hash\":\" CD \"}]}",
        "{\"extra\":{\"a\":[1,{\"b\":2}]},\"hashes\":[null,{\"hash\":\"ab\",\"note\":[[]],\"kind\":null},{}],\"more\":[{}]}",
        "{\"hashes\":null}",
        "{}",
        "{\"hashes\":[]}"
    })
    void readsWhatTheBindingRead(String body) throws Exception {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            List<HashQuery> expected = jsonb.fromJson(body, MatchRequestDto.class).queries();
            assertEquals(expected, read(body).queries());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"hashes\":[{\"kind\":5,\"hash\":\"ab\"}]}",
        "{\"hashes\":[{\"kind\":\"PDQ\",\"hash\":[\"ab\"]}]}",
        "{\"hashes\":[\"ab\"]}",
        "{\"hashes\":\"ab\"}",
        "[]",
        "{\"hashes\":[{\"kind\":\"PDQ\""
    })
    void refusesWhatTheStrictBindingRefused(String body) {
        // both are the 400 problem of a malformed body (Problems)
        RuntimeException refused = assertThrows(RuntimeException.class, () -> read(body));
        assertTrue(refused instanceof JsonException || refused instanceof JsonbException, refused.toString());
    }

    @Test
    void anEmptyBodyIsNoBatch() throws IOException {
        assertNull(read(""));
    }

    private static MatchRequestDto read(String body) throws IOException {
        return new MatchRequestReader().readFrom(MatchRequestDto.class, MatchRequestDto.class, new Annotation[0],
                MediaType.APPLICATION_JSON_TYPE, null, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
}
