package eu.csar.it.support;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * A headless Chromium (Debian packages {@code chromium} and {@code chromium-driver}) with a fresh
 * profile, for browser tests of the JSF portal (a closed one is reset to that state and reused). Logs in through the real Keycloak login page (the
 * only way: Keycloak's login cookies are Secure, so a scripted form post fails). Screenshots go to
 * {@code ear/target/screenshots/}. One per test, closed by try-with-resources:
 * <pre>
 * try (Browser browser = Browser.start()) {
 *     browser.loginAs("admin", "/portal/");
 *     browser.screenshot("admin-home");
 *     assertTrue(browser.driver().getPageSource().contains("admin"));
 * }
 * </pre>
 */
public final class Browser implements AutoCloseable {

    public static final Duration TIMEOUT = Duration.ofSeconds(30);
    /**
     * How often a wait asks its condition again. Selenium's default is 500 ms, so each click that waits
     * for its AJAX answer lost up to half a second; the conditions are cheap script calls.
     */
    private static final Duration POLL = Duration.ofMillis(50);
    private static final String CHROMEDRIVER = System.getProperty("csar.chromedriver", "/usr/bin/chromedriver");
    private static final String CHROMIUM = System.getProperty("csar.chromium", "/usr/bin/chromium");

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 1000;
    /** Browsers closed by earlier tests, reset and ready; two tests' worth (a test may use two at once). */
    private static final Deque<Browser> IDLE = new ConcurrentLinkedDeque<>();
    private static final int MAX_IDLE = 2;
    private static final String REALM = "eucentre";
    /** Per demo user, the Keycloak cookies of their last login through the form (its single sign-on session). */
    private static final Map<String, List<Map<String, Object>>> SSO_COOKIES = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Browser idle = IDLE.poll(); idle != null; idle = IDLE.poll()) {
                idle.quit();
            }
        }));
    }

    private final ChromeDriver driver;
    private final Path profile;
    private final boolean recordsNetwork;

    private Browser(ChromeDriver driver, Path profile, boolean recordsNetwork) {
        this.driver = driver;
        this.profile = profile;
        this.recordsNetwork = recordsNetwork;
    }

    public static Browser start() {
        Browser idle = IDLE.poll();
        Browser started = idle != null ? idle : launch(false);
        BrowserCpu.event("start");
        return started;
    }

    /**
     * A browser of its own that also records Chromium's network events, for {@link #setCookieHeaders(String)}.
     * Recording costs the browser and the driver work at every request, so the shared browsers of
     * {@link #start()} do not; this one is quit when closed, never handed to the next test.
     */
    public static Browser startRecordingNetwork() {
        Browser started = launch(true);
        BrowserCpu.event("start");
        return started;
    }

    private static Browser launch(boolean recordsNetwork) {
        Path profile;
        try {
            profile = Files.createTempDirectory("csar-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        if (new File(CHROMIUM).canExecute()) {
            options.setBinary(CHROMIUM);
        }
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--window-size=" + WIDTH + "," + HEIGHT, "--lang=en-GB",
                "--user-data-dir=" + profile,
                // One renderer reused across navigations, not a new one at about every second navigation: these
                // browsers visit only the platform and its Keycloak, so site isolation protects nothing here. The
                // churn was a quarter of Chromium's CPU in a loop of logins and pages, within the machines' spread
                // over a whole run (docs/measurements.md, "Chromium's CPU in the browser tests").
                "--disable-site-isolation-trials", "--disable-features=site-per-process");
        // the console log, so tests can see what the page's scripts met (e.g. Content-Security-Policy refusals)
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        if (recordsNetwork) {
            logs.enable(LogType.PERFORMANCE, Level.ALL); // network events: the Set-Cookie headers the browser received
        }
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = !BrowserCpu.on() ? new ChromeDriver(service, options) : new ChromeDriver(service, options) {
            @Override
            protected org.openqa.selenium.remote.Response execute(org.openqa.selenium.remote.CommandPayload payload) {
                BrowserCpu.count("cmd." + payload.getName());
                return super.execute(payload);
            }
        };
        driver.manage().timeouts().pageLoadTimeout(TIMEOUT);
        return new Browser(driver, profile, recordsNetwork);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the platform ({@code /public/}) or a full URL. */
    public Browser open(String pathOrUrl) {
        driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : Api.BASE_URL + pathOrUrl);
        return this;
    }

    /**
     * Opens a protected page as a demo user (password demo) and waits until the browser is back on the
     * platform, with a session of its own. The first time for a user it fills in the Keycloak login form;
     * after that it hands the browser the user's Keycloak cookies from then, and Keycloak, which still has
     * that single sign-on session, sends the browser straight back without showing its form (the platform
     * still receives a code, exchanges it and starts a new session, as at any login). That spares Chromium
     * the login page: a test of one login and one page took 0.95-1.1 CPU-s of Chromium so, 1.8-1.9 through the
     * form (docs/measurements.md, "Browser tests' CPU, per class").
     * If the Keycloak session has ended (a logout), the form is filled in. Tests of the login form itself
     * use {@link #loginThroughFormAs(String, String)}.
     */
    public Browser loginAs(String username, String protectedPath) {
        List<Map<String, Object>> sso = SSO_COOKIES.get(username);
        if (sso != null) {
            driver.executeCdpCommand("Network.setCookies", Map.of("cookies", sso));
            open(protectedPath);
            // (a wait ends on neither null nor false: hence the words)
            if (waitUp().until(d -> onPlatform(d) ? "signed in" : d.findElements(By.id("username")).isEmpty() ? null : "form").equals("signed in")) {
                BrowserCpu.count("login.sso");
                return this;
            }
        } else {
            open(protectedPath);
        }
        return fillInLoginForm(username);
    }

    /** As {@link #loginAs(String, String)}, always through Keycloak's login form: for tests of the login itself. */
    public Browser loginThroughFormAs(String username, String protectedPath) {
        open(protectedPath);
        return fillInLoginForm(username);
    }

    private Browser fillInLoginForm(String username) {
        BrowserCpu.count("login.form");
        WebDriverWait wait = waitUp();
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        user.clear();
        user.sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(Tokens.DEMO_PASSWORD);
        driver.findElement(By.id("kc-login")).click();
        wait.until(Browser::onPlatform);
        keepSsoCookies(username);
        return this;
    }

    private static boolean onPlatform(WebDriver d) {
        return d.getCurrentUrl().startsWith(Api.BASE_URL) || d.getCurrentUrl().startsWith("http://127.0.0.1:8080");
    }

    /** Keycloak's cookies (path /realms/...; the platform's are on /), as Network.setCookies takes them. */
    @SuppressWarnings("unchecked")
    private void keepSsoCookies(String username) {
        Map<String, Object> answer = driver.executeCdpCommand("Network.getCookies",
                Map.of("urls", List.of(Tokens.KEYCLOAK_URL + "/realms/" + REALM + "/")));
        List<Map<String, Object>> kept = new ArrayList<>();
        for (Map<String, Object> cookie : (List<Map<String, Object>>) answer.get("cookies")) {
            if (!String.valueOf(cookie.get("path")).startsWith("/realms/")) {
                continue;
            }
            Map<String, Object> param = new HashMap<>();
            for (String key : List.of("name", "value", "domain", "path", "secure", "httpOnly", "sameSite")) {
                if (cookie.get(key) != null) {
                    param.put(key, cookie.get(key));
                }
            }
            if (!Boolean.TRUE.equals(cookie.get("session")) && cookie.get("expires") != null) {
                param.put("expires", cookie.get("expires"));
            }
            kept.add(param);
        }
        if (!kept.isEmpty()) {
            SSO_COOKIES.put(username, kept);
        }
    }

    /** The console messages at level SEVERE since the last call (errors, refused scripts and styles). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /**
     * The {@code Set-Cookie} headers for cookie {@code name} that the browser received since the last
     * call, in order, redirects included (from Chromium's network events in the performance log). Only
     * for a browser of {@link #startRecordingNetwork()}.
     */
    public List<String> setCookieHeaders(String name) {
        if (!recordsNetwork) {
            throw new IllegalStateException("this browser does not record network events: use Browser.startRecordingNetwork()");
        }
        List<String> found = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE).getAll()) {
            jakarta.json.JsonObject message;
            try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(entry.getMessage()))) {
                message = reader.readObject().getJsonObject("message");
            }
            if (!"Network.responseReceivedExtraInfo".equals(message.getString("method", ""))) {
                continue;
            }
            jakarta.json.JsonObject headers = message.getJsonObject("params").getJsonObject("headers");
            headers.forEach((header, value) -> {
                if (header.equalsIgnoreCase("set-cookie") && value instanceof jakarta.json.JsonString text) {
                    for (String cookie : text.getString().split("\n")) {
                        if (cookie.startsWith(name + "=")) {
                            found.add(cookie);
                        }
                    }
                }
            });
        }
        return found;
    }

    /** Waits until the page has loaded (scripts too) and PrimeFaces has no AJAX request queued. */
    public Browser settle() {
        waitUp().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());")));
        return this;
    }

    /**
     * Clicks {@code button}, which loads a whole new page (a form submitted without AJAX, or a link), and waits until
     * the next page has loaded: the old document gone, the new one complete. {@link #settle()} alone can run before the navigation
     * starts (the old page is still complete), and the next look then finds no page at all on a busy machine.
     */
    public Browser submit(By button) {
        // A mark on the current page's window: the next page has a window of its own, without it. (Asking whether the
        // old <html> went stale can itself fail while Chromium swaps the documents.)
        ((JavascriptExecutor) driver).executeScript("window.csarBeforeSubmit = true;");
        driver.findElement(button).click();
        WebDriverWait next = waitUp();
        next.ignoring(WebDriverException.class);
        next.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return window.csarBeforeSubmit === undefined && document.readyState === 'complete';")));
        return settle();
    }

    /** A wait of {@link #TIMEOUT} that re-reads replaced elements and, on timeout, says where the browser was and what the page said. */
    public WebDriverWait waitUp() {
        return waitUp(TIMEOUT);
    }

    /** As {@link #waitUp()}, for as long as {@code timeout} (a batch job, say). */
    public WebDriverWait waitUp(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout, POLL);
        wait.withMessage(this::whereItStopped);
        // A condition that reads an element AJAX has just replaced is asked again, not failed.
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private String whereItStopped() {
        try {
            Path shot = screenshot("timeout-" + System.currentTimeMillis());
            String text = driver.findElement(By.tagName("body")).getText();
            return "on " + driver.getCurrentUrl() + " (screenshot " + shot + "), the page read: "
                    + (text.length() > 1500 ? text.substring(0, 1500) + "..." : text);
        } catch (RuntimeException e) {
            return "on " + driver.getCurrentUrl() + " (page text unreadable: " + e.getMessage() + ")";
        }
    }

    /** Saves a PNG under target/screenshots/{name}.png and returns its path. */
    public Path screenshot(String name) {
        BrowserCpu.count("screenshot");
        Path dir = Path.of(System.getProperty("csar.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Path target = dir.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Hands the browser back for the next test, as a fresh profile would be: no cookies (the platform's
     * and Keycloak's, so the next test starts signed out; {@link #loginAs} may hand Keycloak's back), no cache or site storage, one blank window at
     * 1280 px, default timeouts and downloads, the logs read. Starting Chromium costs 2-3 s of CPU, a
     * hundred times per run of the ITs. A browser that cannot be reset is quit.
     */
    @Override
    public void close() {
        if (recordsNetwork || IDLE.size() >= MAX_IDLE || !reset()) {
            quit();
        } else {
            IDLE.push(this);
        }
        BrowserCpu.event("close");
    }

    private boolean reset() {
        try {
            String first = driver.getWindowHandles().iterator().next();
            for (String window : driver.getWindowHandles()) {
                if (!window.equals(first)) {
                    driver.switchTo().window(window).close();
                }
            }
            driver.switchTo().window(first);
            driver.get("about:blank");
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
            for (String origin : List.of(Api.BASE_URL, "http://127.0.0.1:8080", Tokens.KEYCLOAK_URL)) {
                driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
            }
            driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "default"));
            driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
            driver.manage().timeouts().pageLoadTimeout(TIMEOUT).scriptTimeout(Duration.ofSeconds(30)).implicitlyWait(Duration.ZERO);
            driver.manage().logs().get(LogType.BROWSER);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void quit() {
        try {
            driver.quit();
        } catch (RuntimeException ignored) {
            // already gone (at shutdown, or a crashed browser)
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException ignored) {
                // a leftover temp profile is harmless
            }
        }
    }
}
