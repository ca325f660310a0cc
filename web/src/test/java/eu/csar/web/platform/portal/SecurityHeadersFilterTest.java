package eu.csar.web.platform.portal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecurityHeadersFilterTest {

    @Test
    void pagesMayPostOnlyToThePlatformAndToKeycloakAndAreNeverFramed() {
        assertEquals("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
                        + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
                        + "base-uri 'self'; form-action 'self' https://id.example.eu; frame-ancestors 'none'",
                SecurityHeadersFilter.pagePolicy("https://id.example.eu/auth/"));
    }

    @Test
    void theKeycloakOriginKeepsItsPort() {
        assertEquals("http://localhost:8180", SecurityHeadersFilter.origin("http://localhost:8180"));
    }

    @Test
    void apiAndSoapAnswersGetTheDataPolicy() {
        assertTrue(SecurityHeadersFilter.isApi("/api/v1/providers"));
        assertTrue(SecurityHeadersFilter.isApi("/api/public/register"));
        assertTrue(SecurityHeadersFilter.isApi("/ws/registry/provider-self-service"));
        assertFalse(SecurityHeadersFilter.isApi("/public/register.xhtml"));
        assertFalse(SecurityHeadersFilter.isApi("/portal/index.xhtml"));
    }

    @Test
    void theVictimPageHasItsOwnPolicyWithoutInlineCodeOrThirdParties() {
        assertTrue(SecurityHeadersFilter.isVictimPage("/public/victim/index.xhtml"));
        assertFalse(SecurityHeadersFilter.isVictimPage("/public/register.xhtml"));
        assertFalse(SecurityHeadersFilter.VICTIM_POLICY.contains("unsafe"));
        assertFalse(SecurityHeadersFilter.VICTIM_POLICY.contains("http"), "no other origin");
        assertTrue(SecurityHeadersFilter.VICTIM_POLICY.contains("frame-ancestors 'none'"));
        assertTrue(SecurityHeadersFilter.VICTIM_POLICY.contains("form-action 'self';"));
    }
}
