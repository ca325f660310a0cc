package eu.csar.web.platform.rest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A body with broken UTF-8 is refused naming the field that holds the broken bytes. */
class StrictUtf8JsonBodiesTest {

    @Test
    void theFieldIsNamedByItsPathInTheBody() {
        assertEquals("email", StrictUtf8JsonBodies.fieldWithBrokenBytes("{\"email\":\"a\uFFFD@example.org\",\"phone\":\"+31\"}"));
        assertEquals("contactPoint.phone", StrictUtf8JsonBodies.fieldWithBrokenBytes(
                "{\"legalName\":\"X\",\"serviceTypes\":[\"HOSTING\"],\"contactPoint\":{\"email\":\"a@b.eu\",\"phone\":\"\uFFFD\"}}"));
        assertEquals("languages[1]", StrictUtf8JsonBodies.fieldWithBrokenBytes("{\"languages\":[\"en\",\"n\uFFFD\"]}"));
        assertEquals("services[1].name", StrictUtf8JsonBodies.fieldWithBrokenBytes(
                "{\"services\":[{\"name\":\"ok\",\"offeredIn\":[\"NL\"]},{\"name\":\"\uFFFD\"}]}"));
    }

    @Test
    void aBrokenNameOrAnUnreadableBodyIsNamedAsTheBody() {
        assertEquals(StrictUtf8JsonBodies.BODY, StrictUtf8JsonBodies.fieldWithBrokenBytes("{\"na\uFFFDme\":1}"));
        assertEquals(StrictUtf8JsonBodies.BODY, StrictUtf8JsonBodies.fieldWithBrokenBytes("{\"email\":\"a\uFFFD"));
        assertEquals(StrictUtf8JsonBodies.BODY, StrictUtf8JsonBodies.fieldWithBrokenBytes("\uFFFD"));
    }
}
