package eu.csar.web.platform.rest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A body with broken UTF-8 is refused naming the field that holds the broken bytes; a body must be one JSON value. */
class StrictJsonBodiesTest {

    @Test
    void theFieldIsNamedByItsPathInTheBody() {
        assertEquals("email", StrictJsonBodies.fieldWithBrokenBytes("{\"email\":\"a\uFFFD@example.org\",\"phone\":\"+31\"}"));
        assertEquals("contactPoint.phone", StrictJsonBodies.fieldWithBrokenBytes(
                "{\"legalName\":\"X\",\"serviceTypes\":[\"HOSTING\"],\"contactPoint\":{\"email\":\"a@b.eu\",\"phone\":\"\uFFFD\"}}"));
        assertEquals("languages[1]", StrictJsonBodies.fieldWithBrokenBytes("{\"languages\":[\"en\",\"n\uFFFD\"]}"));
        assertEquals("services[1].name", StrictJsonBodies.fieldWithBrokenBytes(
                "{\"services\":[{\"name\":\"ok\",\"offeredIn\":[\"NL\"]},{\"name\":\"\uFFFD\"}]}"));
    }

    @Test
    void aBrokenNameOrAnUnreadableBodyIsNamedAsTheBody() {
        assertEquals(StrictJsonBodies.BODY, StrictJsonBodies.fieldWithBrokenBytes("{\"na\uFFFDme\":1}"));
        assertEquals(StrictJsonBodies.BODY, StrictJsonBodies.fieldWithBrokenBytes("{\"email\":\"a\uFFFD"));
        assertEquals(StrictJsonBodies.BODY, StrictJsonBodies.fieldWithBrokenBytes("\uFFFD"));
    }

    @Test
    void exactlyOneJsonValueIsAcceptedAndAnythingAfterItIsNot() {
        assertTrue(StrictJsonBodies.isOneJsonValue("{\"name\":\"x\",\"languages\":[\"en\",\"nl\"]}"));
        assertTrue(StrictJsonBodies.isOneJsonValue(" [1, {\"a\": []}] \n"));
        assertTrue(StrictJsonBodies.isOneJsonValue("\"just a string\""));
        assertFalse(StrictJsonBodies.isOneJsonValue("{\"name\":\"x\"}}"));
        assertFalse(StrictJsonBodies.isOneJsonValue("{\"name\":\"x\"} {\"name\":\"y\"}"));
        assertFalse(StrictJsonBodies.isOneJsonValue("{\"name\":\"x\""));
        assertFalse(StrictJsonBodies.isOneJsonValue(""));
        assertFalse(StrictJsonBodies.isOneJsonValue("1 2"));
        assertFalse(StrictJsonBodies.isOneJsonValue("[".repeat(5000) + "]".repeat(5000)), "deeper than the parser allows");
    }
}
