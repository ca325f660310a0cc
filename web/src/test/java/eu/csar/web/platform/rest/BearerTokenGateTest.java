package eu.csar.web.platform.rest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BearerTokenGateTest {

    @Test
    void onlyThePartnerApisAreGated() {
        assertEquals(BearerTokenGate.Api.REST, BearerTokenGate.Api.of("/api/v1/providers"));
        assertEquals(BearerTokenGate.Api.REST, BearerTokenGate.Api.of("/api/v1"));
        assertEquals(BearerTokenGate.Api.SOAP, BearerTokenGate.Api.of("/ws/registry/provider-self-service"));
        assertNull(BearerTokenGate.Api.of("/api/public/register"));
        assertNull(BearerTokenGate.Api.of("/api/v10/x"));
        assertNull(BearerTokenGate.Api.of("/portal/index.xhtml"));
    }

    @Test
    void onlyABearerTokenPassesWhateverItsCase() {
        assertTrue(BearerTokenGate.hasBearerToken("Bearer abc"));
        assertTrue(BearerTokenGate.hasBearerToken("bearer abc"));
        assertFalse(BearerTokenGate.hasBearerToken("Bearer "));
        assertFalse(BearerTokenGate.hasBearerToken("Basic YWRtaW46ZGVtbw=="));
        assertFalse(BearerTokenGate.hasBearerToken(null));
    }

    @Test
    void theAnswersAreTheApisOwnErrorShapes() {
        assertTrue(BearerTokenGate.body(BearerTokenGate.Api.REST).contains("\"type\":\"urn:eu:csar:problem:not-authenticated\""));
        assertTrue(BearerTokenGate.body(BearerTokenGate.Api.SOAP).contains("<faultcode>soap:Client</faultcode>"));
        assertFalse(BearerTokenGate.body(BearerTokenGate.Api.SOAP).contains("<token>"), "the detail is escaped XML");
    }
}
