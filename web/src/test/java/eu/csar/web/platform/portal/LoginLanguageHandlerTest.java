package eu.csar.web.platform.portal;

import io.undertow.server.HttpServerExchange;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LoginLanguageHandlerTest {

    @Test
    void aPortalPageRequestedBeforeTheLoginCarriesTheChosenLanguageToKeycloak() {
        assertEquals(Optional.of("nl"),
                LoginLanguageHandler.languageForLogin("/portal/registry/providers.xhtml", Set.of("status"), "nl"));

        HttpServerExchange exchange = new HttpServerExchange(null);
        exchange.setQueryString("status=ACTIVE");
        exchange.addQueryParam("status", "ACTIVE");
        LoginLanguageHandler.addUiLocales(exchange, "nl");

        assertEquals("status=ACTIVE&ui_locales=nl", exchange.getQueryString());
        assertEquals("nl", exchange.getQueryParameters().get("ui_locales").getFirst());
        assertEquals("ACTIVE", exchange.getQueryParameters().get("status").getFirst());
    }

    @Test
    void aRequestWithoutQueryGetsJustTheLanguage() {
        HttpServerExchange exchange = new HttpServerExchange(null);
        LoginLanguageHandler.addUiLocales(exchange, "en");
        assertEquals("ui_locales=en", exchange.getQueryString());
    }

    @Test
    void withoutAChoiceKeycloakFollowsTheBrowser() {
        assertEquals(Optional.empty(), LoginLanguageHandler.languageForLogin("/portal/index.xhtml", Set.of(), null));
    }

    @Test
    void publicPagesAndKeycloaksAnswersAndExplicitLanguagesAreLeftAlone() {
        assertEquals(Optional.empty(), LoginLanguageHandler.languageForLogin("/public/register.xhtml", Set.of(), "nl"));
        assertEquals(Optional.empty(), LoginLanguageHandler.languageForLogin("/portal/", Set.of("state", "code"), "nl"));
        assertEquals(Optional.empty(), LoginLanguageHandler.languageForLogin("/portal/", Set.of("error"), "nl"));
        assertEquals(Optional.empty(), LoginLanguageHandler.languageForLogin("/portal/", Set.of("ui_locales"), "nl"));
    }

    @Test
    void aForgedCookieIsIgnored() {
        assertEquals(Optional.empty(), LoginLanguageHandler.languageForLogin("/portal/", Set.of(), "nl&prompt=none"));
    }
}
