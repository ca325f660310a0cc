package eu.csar.web.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A text field takes a JSON string or null, never an array, a number or an object coerced to text. */
class StrictJsonBindingTest {

    public static class Body {
        public String address;
        public List<String> languages;
        public Boolean urgent;
    }

    private final Jsonb jsonb = new StrictJsonBinding().getContext(Body.class);

    @Test
    void stringsAndNullsAreReadAsSent() {
        Body body = jsonb.fromJson("{\"address\":\"Main St 1\",\"languages\":[\"en\",null]}", Body.class);
        assertEquals("Main St 1", body.address);
        assertEquals(java.util.Arrays.asList("en", null), body.languages);
        assertNull(jsonb.fromJson("{\"address\":null}", Body.class).address);
    }

    @Test
    void anythingElseWhereTextIsExpectedIsRefused() {
        for (String json : List.of("{\"address\":[\"x\"]}", "{\"address\":5}", "{\"address\":true}",
                "{\"address\":{\"street\":\"x\"}}", "{\"languages\":[\"en\",3]}")) {
            assertThrows(JsonbException.class, () -> jsonb.fromJson(json, Body.class), json);
        }
    }

    @Test
    void aYesNoFieldTakesTrueFalseOrNullOnly() {
        assertEquals(Boolean.TRUE, jsonb.fromJson("{\"urgent\":true}", Body.class).urgent);
        assertEquals(Boolean.FALSE, jsonb.fromJson("{\"urgent\":false}", Body.class).urgent);
        assertNull(jsonb.fromJson("{\"urgent\":null}", Body.class).urgent);
        for (String json : List.of("{\"urgent\":\"very\"}", "{\"urgent\":\"true\"}", "{\"urgent\":1}", "{\"urgent\":[true]}",
                "{\"urgent\":{}}")) {
            assertThrows(JsonbException.class, () -> jsonb.fromJson(json, Body.class), json);
        }
    }
}
