package eu.csar.it.hardening;

import eu.csar.it.support.Api;
import eu.csar.it.support.Browser;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The browser-facing defences an attacker found missing (issue 7): security headers on pages and
 * APIs, SameSite session cookies, no session for anonymous visitors of the public register, a new
 * session id at login, tokens only for the platform's audience, no credentials in /openapi's CORS
 * answer, Keycloak on the loopback interface only; and the language a user chose, which now
 * survives logout and reaches the Keycloak login page.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserDefencesIT {

    static final String PAGE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self' http://localhost:8180; frame-ancestors 'none'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    private static Api.Response anonymousGet(String path, String... headers) {
        return Api.raw("GET", path, null, null, headers);
    }

    /** A GET as a browser sends it: asking for HTML, so a protected page answers with the login redirect. */
    private static Api.Response pageGet(String path, String... cookie) {
        String[] headers = cookie.length == 0 ? new String[] {"Accept", "text/html"}
                : new String[] {"Accept", "text/html", "Cookie", cookie[0]};
        return Api.raw("GET", path, null, null, headers);
    }

    private static void assertDefences(Api.Response response, String policy, String what) {
        assertEquals(Optional.of(policy), response.header("Content-Security-Policy"), what + ": " + response.headers());
        assertEquals(Optional.of("DENY"), response.header("X-Frame-Options"), what);
        assertEquals(Optional.of("nosniff"), response.header("X-Content-Type-Options"), what);
        assertEquals(Optional.of("same-origin"), response.header("Referrer-Policy"), what);
    }

    /** "JSESSIONID=abc.node; path=/; ..." gives "abc.node". */
    private static String cookieValue(String setCookie) {
        return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    }

    private static List<String> sessionCookies(Api.Response response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
    }

    @Test
    void publicPagesAndApisCarryTheSecurityHeaders() {
        Api.Response page = anonymousGet("/public/register.xhtml");
        assertEquals(200, page.status());
        assertDefences(page, PAGE_POLICY, "public register page");

        Api.Response api = anonymousGet("/api/public/register", "Accept", "application/json");
        assertEquals(200, api.status());
        assertDefences(api, API_POLICY, "public register API");

        Api.Response partnerApi = Api.get("/api/v1/me", Tokens.user("ca-nl"));
        assertEquals(200, partnerApi.status(), partnerApi.toString());
        assertDefences(partnerApi, API_POLICY, "partner API");
    }

    @Test
    void oneHundredAnonymousVisitsOfThePublicRegisterCreateNoSession() {
        for (int i = 0; i < 100; i++) {
            for (String path : new String[] {"/public/register.xhtml", "/api/public/register"}) {
                Api.Response r = anonymousGet(path);
                assertEquals(200, r.status(), path);
                assertEquals(List.of(), sessionCookies(r), "visit " + (i + 1) + " of " + path + " created a session");
            }
        }
        for (String path : new String[] {"/", "/public/", "/public/register.xhtml?lang=nl"}) {
            assertEquals(List.of(), sessionCookies(anonymousGet(path)), path + " created a session");
        }
    }

    @Test
    void cookiesAreSameSiteLaxAndAnonymousVisitorsOfAMissingPageGetNoSession() {
        Api.Response toLogin = pageGet("/portal/index.xhtml");
        assertEquals(302, toLogin.status());
        List<String> cookies = toLogin.headers().allValues("Set-Cookie");
        assertFalse(cookies.isEmpty(), "the login keeps its state in cookies");
        for (String cookie : cookies) {
            assertTrue(cookie.contains("SameSite=Lax"), cookie);
        }
        for (String path : new String[] {"/public/no-such-page.xhtml", "/no-such-page.xhtml"}) {
            Api.Response missing = anonymousGet(path);
            assertEquals(404, missing.status(), path);
            assertEquals(List.of(), sessionCookies(missing), path + " created a session");
        }
    }

    @Test
    void theLoginRedirectCarriesTheLanguageChosenOnThePlatform() {
        Api.Response english = pageGet("/portal/index.xhtml");
        assertEquals(302, english.status(), english.toString());
        String location = english.header("Location").orElseThrow();
        assertTrue(location.startsWith("http://localhost:8180/realms/eucentre/protocol/openid-connect/auth"), location);
        assertFalse(location.contains("ui_locales"), "no choice, no ui_locales: " + location);

        Api.Response dutch = pageGet("/portal/index.xhtml", "csar-lang=nl");
        assertTrue(dutch.header("Location").orElseThrow().contains("ui_locales=nl"), dutch.headers().toString());

        Api.Response choice = anonymousGet("/public/register.xhtml?lang=nl");
        String langCookie = choice.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("csar-lang=nl")).findFirst().orElseThrow(() -> new AssertionError(choice.headers()));
        assertTrue(langCookie.contains("SameSite=Lax") && langCookie.contains("Max-Age=31536000"), langCookie);
    }

    @Test
    void theSessionIdChangesAtLoginSoAnIdFromBeforeTheRenewalIsWorthNothing() {
        try (Browser browser = Browser.startRecordingNetwork()) {
            WebDriver driver = browser.driver();
            browser.open("/portal/index.xhtml");
            browser.waitUp().until(d -> d.getCurrentUrl().startsWith("http://localhost:8180/realms/eucentre/"));
            browser.setCookieHeaders("JSESSIONID");

            driver.findElement(By.id("username")).sendKeys("admin");
            driver.findElement(By.id("password")).sendKeys(Tokens.DEMO_PASSWORD);
            driver.findElement(By.id("kc-login")).click();
            browser.waitUp().until(d -> d.getCurrentUrl().startsWith(Api.BASE_URL + "/portal/"));
            browser.waitUp().until(d -> !d.findElements(By.id("portal-user")).isEmpty());

            // Keycloak's answer (the code) creates the session that holds the tokens; the first
            // signed-in request renews its id.
            List<String> issued = browser.setCookieHeaders("JSESSIONID");
            assertTrue(issued.size() >= 2, "a session at the callback, then a renewed id: " + issued);
            for (String cookie : issued) {
                assertTrue(cookie.contains("SameSite=Lax") && cookie.contains("HttpOnly"), cookie);
            }
            String first = cookieValue(issued.get(0));
            Cookie current = driver.manage().getCookieNamed("JSESSIONID");
            assertNotNull(current);
            assertEquals(cookieValue(issued.get(issued.size() - 1)), current.getValue());
            assertNotEquals(first, current.getValue(), "the session id must change after the login");
            assertEquals("Lax", current.getSameSite());

            Api.Response withOldId = pageGet("/portal/index.xhtml", "JSESSIONID=" + first);
            assertEquals(302, withOldId.status(), "the id from before the renewal opens nothing");
            Api.Response withNewId = pageGet("/portal/index.xhtml", "JSESSIONID=" + current.getValue());
            assertEquals(200, withNewId.status());
            assertTrue(withNewId.body().contains("admin"), "the renewed id is the user's session");
            assertDefences(withNewId, PAGE_POLICY, "portal page");

            // PrimeFaces works under the policy: an AJAX search on the provider list, no refusal in the console
            browser.consoleErrors();
            browser.open("/portal/registry/providers.xhtml");
            browser.waitUp().until(d -> !d.findElements(By.id("providers:search")).isEmpty());
            driver.findElement(By.id("providers:search")).click();
            browser.waitUp().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "return document.readyState === 'complete' && window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty();")));
            List<String> refused = browser.consoleErrors().stream()
                    .filter(m -> m.contains("Content Security Policy")).toList();
            assertEquals(List.of(), refused, "scripts or styles refused by the CSP");
        }
    }

    @Test
    void aTokenIssuedForAnotherAudienceIsRefused() {
        Api.Response meant = Api.get("/api/v1/providers", Tokens.user("admin"));
        assertEquals(200, meant.status(), meant.toString());

        String otherAudience = Tokens.password("csar-tests-no-audience", "admin", Tokens.DEMO_PASSWORD);
        Api.Response refused = Api.get("/api/v1/providers", otherAudience);
        assertEquals(401, refused.status(), "same user and roles, but not a token for the platform: " + refused);
        assertEquals(401, Api.get("/api/v1/me", otherAudience).status());
    }

    @Test
    void openApiIsReadableFromAnyOriginButNeverWithCredentials() {
        for (String method : new String[] {"GET", "OPTIONS"}) {
            Api.Response r = Api.raw(method, "/openapi", null, null, "Origin", "https://attacker.example",
                    "Access-Control-Request-Method", "GET");
            assertTrue(r.status() < 400, method + " " + r.status());
            assertEquals(Optional.of("*"), r.header("Access-Control-Allow-Origin"), method);
            assertEquals(Optional.empty(), r.header("Access-Control-Allow-Credentials"), method + ": " + r.headers());
        }
    }

    @Test
    void keycloakListensOnTheLoopbackInterfaceOnly() throws IOException {
        assertTrue(reachable(InetAddress.getByName("127.0.0.1"), 9000), "Keycloak's management port answers locally");
        List<InetAddress> external = new ArrayList<>();
        for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
            if (nic.isUp() && !nic.isLoopback()) {
                nic.inetAddresses().filter(a -> a instanceof Inet4Address && !a.isLinkLocalAddress()).forEach(external::add);
            }
        }
        Assumptions.assumeFalse(external.isEmpty(), "this machine has no non-loopback IPv4 address to try from");
        for (InetAddress address : external) {
            for (int port : new int[] {9000, 8180}) {
                assertFalse(reachable(address, port), "Keycloak answers on " + address.getHostAddress() + ":" + port);
            }
        }
    }

    private static boolean reachable(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (ConnectException | java.net.SocketTimeoutException refused) {
            return false;
        }
    }

    @Test
    void theDutchChoiceReachesTheKeycloakLoginPageAndSurvivesLogout() {
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.open("/public/register.xhtml");
            driver.findElement(By.id("session:lang-nl")).click();
            browser.waitUp().until(d -> d.findElement(By.tagName("h1")).getText().equals("Openbaar register van aanbieders"));

            browser.open("/portal/index.xhtml");
            browser.waitUp().until(d -> d.getCurrentUrl().startsWith("http://localhost:8180/realms/eucentre/"));
            browser.waitUp().until(d -> !d.findElements(By.id("kc-login")).isEmpty());
            browser.screenshot("hardening-keycloak-login-dutch");
            assertEquals("nl", driver.findElement(By.tagName("html")).getAttribute("lang"));
            String login = driver.findElement(By.tagName("body")).getText();
            assertTrue(login.contains("Inloggen"), "Dutch login page:\n" + login);
            assertTrue(login.toLowerCase(Locale.ROOT).contains("csar platform"), "the platform's one name:\n" + login);
            assertFalse(login.toLowerCase(Locale.ROOT).contains("eu centre (csa regulation)"), login);

            driver.findElement(By.id("username")).sendKeys("admin");
            driver.findElement(By.id("password")).sendKeys(Tokens.DEMO_PASSWORD);
            driver.findElement(By.id("kc-login")).click();
            browser.waitUp().until(d -> !d.findElements(By.id("session:logout")).isEmpty());
            assertEquals("nl", driver.findElement(By.tagName("html")).getAttribute("lang"), "the portal stays Dutch");

            driver.findElement(By.id("session:logout")).click();
            browser.waitUp().until(d -> d.getCurrentUrl().startsWith(Api.BASE_URL + "/public/register.xhtml"));
            browser.waitUp().until(d -> d.findElement(By.tagName("h1")).getText().equals("Openbaar register van aanbieders"));
            browser.screenshot("hardening-public-register-dutch-after-logout");
        }
    }
}
