package eu.csar.web.platform.portal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LogoutBeanTest {

    @Test
    void endSessionGoesToTheRealmAndComesBackToTheApplication() {
        assertEquals("http://localhost:8180/realms/eucentre/protocol/openid-connect/logout?client_id=csar-portal"
                        + "&post_logout_redirect_uri=http%3A%2F%2Flocalhost%3A8080%2F",
                LogoutBean.endSessionUrl("http://localhost:8180/", "http://localhost:8080/", null));
    }

    @Test
    void theIdTokenTellsKeycloakWhoseSessionEndsSoItDoesNotAsk() {
        assertEquals("http://localhost:8180/realms/eucentre/protocol/openid-connect/logout?client_id=csar-portal"
                        + "&post_logout_redirect_uri=http%3A%2F%2Flocalhost%3A8080%2F&id_token_hint=eyJ.a-b.c%2B",
                LogoutBean.endSessionUrl("http://localhost:8180", "http://localhost:8080/", "eyJ.a-b.c+"));
    }
}
