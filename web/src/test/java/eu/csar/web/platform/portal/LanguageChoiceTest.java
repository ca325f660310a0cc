package eu.csar.web.platform.portal;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageChoiceTest {

    @Test
    void aLinkWithLangChoosesTheLanguage() {
        FakeHttp http = new FakeHttp();
        http.queryString = "id=42&lang=nl";
        assertEquals(Optional.of("nl"), LanguageChoice.of(http.request()));
    }

    @Test
    void theCookieRemembersTheChoiceAcrossLogoutAndLogin() {
        FakeHttp http = new FakeHttp();
        http.cookies = new Cookie[] {new Cookie("JSESSIONID", "x"), new Cookie(LanguageChoice.COOKIE, "nl")};
        assertEquals(Optional.of("nl"), LanguageChoice.of(http.request()));
    }

    @Test
    void aNewChoiceWinsOverTheRememberedOne() {
        FakeHttp http = new FakeHttp();
        http.queryString = "lang=en";
        http.cookies = new Cookie[] {new Cookie(LanguageChoice.COOKIE, "nl")};
        assertEquals(Optional.of("en"), LanguageChoice.of(http.request()));
    }

    @Test
    void unsupportedOrForgedValuesAreIgnored() {
        FakeHttp http = new FakeHttp();
        http.queryString = "lang=de";
        http.cookies = new Cookie[] {new Cookie(LanguageChoice.COOKIE, "nl&prompt=none")};
        assertEquals(Optional.empty(), LanguageChoice.of(http.request()));
    }

    @Test
    void theCookieLastsAYearForTheWholeSite() {
        FakeHttp http = new FakeHttp();
        Cookie cookie = LanguageCookieFilter.cookie(http.request(), "nl");
        assertEquals("csar-lang", cookie.getName());
        assertEquals("nl", cookie.getValue());
        assertEquals("/", cookie.getPath());
        assertEquals(365 * 24 * 3600, cookie.getMaxAge());
        assertEquals("Lax", cookie.getAttribute("SameSite"));
    }
}
