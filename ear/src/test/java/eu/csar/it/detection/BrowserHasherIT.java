package eu.csar.it.detection;

import eu.csar.detection.digest.FileDigests;
import eu.csar.detection.pdq.PdqFileHasher;
import eu.csar.detection.pdq.PdqHash;
import eu.csar.detection.pdq.PdqResult;
import eu.csar.it.indicators.ScreenSteps;
import eu.csar.it.support.Api;
import eu.csar.it.support.Axe;
import eu.csar.it.support.Browser;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.SyntheticImages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The browser hasher (issue 12 §1) in headless Chromium on the deployed platform: /public/hash.xhtml
 * hashes the PDQ reference images, PNGs written in every layout the Java engine's decoder knows, and
 * photo-like JPEGs, and its table must agree with the Java engine ({@link PdqFileHasher},
 * {@link FileDigests}) run here on the same files: PNG bit-exact (distance 0, same quality), JPEG within
 * {@link #JPEG_BOUND}, WebP within {@link #WEBP_BOUND}, SHA-256 equal. The per-file distances are
 * printed. A second test times {@code CsarHasher.hashFiles} on photo-like JPEGs (the figure in
 * docs/detection.md).
 */
@ExtendWith(ArquillianExtension.class)
class BrowserHasherIT {

    /**
     * Largest PDQ distance between Chromium's JPEG decode and Java's, measured on the 16 reference JPEGs and
     * 60 photo-like JPEGs (baseline, progressive, greyscale; quality 0.5-0.95; 300x200 to 1600x1200): 0.
     */
    static final int JPEG_BOUND = 0;
    /** libwebp (Chromium) against the TwelveMonkeys WebP decoder (Java): 6 bits on both reference files. */
    static final int WEBP_BOUND = 6;
    static final Path REFERENCE = Path.of(System.getProperty("user.dir")).resolveSibling("ejb")
            .resolve("src/test/resources/pdq-reference/data");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void thePageHashesEveryFileAsTheJavaEngineDoesAndSendsNothing() throws Exception {
        assertTrue(Files.isDirectory(REFERENCE), "the PDQ reference images are missing: " + REFERENCE);
        Path dir = Files.createTempDirectory("csar-browser-hasher-");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(REFERENCE)) {
            walk.filter(p -> p.toString().matches(".*\\.(jpg|png|webp)$")).sorted().forEach(files::add);
        }
        files.addAll(PngVariants.write(ImageIO.read(REFERENCE.resolve("reg-test-input/pen-and-coaster.png").toFile()), dir));
        files.addAll(photoJpegs(dir));
        Map<String, Path> byName = files.stream().collect(Collectors.toMap(p -> p.getFileName().toString(), p -> p,
                (a, b) -> { throw new IllegalStateException("two files named " + a.getFileName()); }, LinkedHashMap::new));

        assertScriptServedWhereOtherPagesInclude();
        List<String> violations = new ArrayList<>();
        try (Browser browser = Browser.start()) {
            WebDriver d = browser.open("/public/hash.xhtml?lang=en").settle().driver();
            assertTrue(d.findElement(By.id("hash-intro")).getText().startsWith("Nothing leaves your browser."));
            d.findElement(By.id("hash-files")).sendKeys(files.stream().map(Path::toString).collect(Collectors.joining("\n")));
            ScreenSteps.await(browser, "hash-table", Duration.ofSeconds(300),
                    x -> x.findElement(By.id("hash-status")).getText().equals(files.size() + " photos hashed on this device. Nothing was sent."));
            List<WebElement> rows = d.findElements(By.cssSelector("#hash-results tbody tr"));
            assertEquals(files.size(), rows.size());

            List<String> failures = new ArrayList<>();
            PdqFileHasher java = new PdqFileHasher();
            System.out.println("browser hasher vs Java engine: distance, quality browser/java, file");
            for (WebElement row : rows) {
                List<WebElement> cells = row.findElements(By.tagName("td"));
                String name = cells.get(0).getText();
                Path file = byName.get(name);
                assertEquals(4, cells.size(), name + " was not hashed: " + row.getText());
                PdqResult expected = java.hash(file);
                String pdq = cells.get(1).getText();
                int quality = Integer.parseInt(cells.get(2).getText().split(" ")[0]);
                int distance = expected.hash().distance(PdqHash.fromHex(pdq));
                System.out.printf(Locale.ROOT, "%3d  %3d/%3d  %s%n", distance, quality, expected.quality(), name);
                String format = name.substring(name.lastIndexOf('.') + 1);
                int bound = switch (format) {
                    case "png" -> 0;
                    case "jpg" -> JPEG_BOUND;
                    default -> WEBP_BOUND;
                };
                if (distance > bound || ("png".equals(format) && quality != expected.quality())) {
                    failures.add(name + ": distance " + distance + " (bound " + bound + "), quality " + quality
                            + " (Java " + expected.quality() + "), browser " + pdq + ", Java " + expected.hash().toHex());
                }
                if (!FileDigests.of(file).sha256().equals(cells.get(3).getText())) {
                    failures.add(name + ": SHA-256 " + cells.get(3).getText() + ", Java " + FileDigests.of(file).sha256());
                }
            }
            assertTrue(failures.isEmpty(), failures.size() + " files disagree with the Java engine:\n" + String.join("\n", failures));
            assertFloatsBitExact(browser, byName);
            List<String> errors = browser.consoleErrors();
            System.out.println("console errors on the hash page: " + errors);
            assertEquals(List.of(), errors.stream().filter(m -> m.contains("Content Security Policy") || m.contains("hasher/")).toList(),
                    "the hasher's scripts met errors or CSP refusals; all console errors: " + errors);
            violations.addAll(axeAndScreenshots(browser, "hash-page-en"));

            // the same page in Dutch, with one file
            browser.open("/public/hash.xhtml?lang=nl").settle();
            assertEquals("nl", d.findElement(By.tagName("html")).getAttribute("lang"));
            assertTrue(d.findElement(By.id("hash-intro")).getText().startsWith("Niets verlaat uw browser."));
            d.findElement(By.id("hash-files")).sendKeys(byName.get("pen-and-coaster.png").toString());
            ScreenSteps.await(browser, "hash-table-nl",
                    x -> x.findElement(By.id("hash-status")).getText().equals("1 foto gehasht op dit apparaat. Er is niets verstuurd."));
            violations.addAll(axeAndScreenshots(browser, "hash-page-nl"));
        }
        assertTrue(violations.isEmpty(), violations.size() + " serious or critical accessibility violations:\n"
                + String.join("\n", violations));
    }

    /**
     * Equal hashes could hide small float differences (a luma weight off by 1e-4 flips no bit), so the
     * floats themselves are compared: the digests of the luma, the 64x64 downsample and the DCT
     * coefficients that {@code CsarHasher.stages} computes in the page for each chosen file, against
     * {@link JavaStages}. PNGs must agree at every stage; JPEGs are counted and printed.
     */
    @SuppressWarnings("unchecked")
    private static void assertFloatsBitExact(Browser browser, Map<String, Path> byName) throws Exception {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(300));
        Object answer = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "var files = Array.from(document.getElementById('hash-files').files);"
                + "Promise.all(files.map(function (f) { return CsarHasher.stages(f).then(function (s) { s.name = f.name; return s; }); }))"
                + ".then(done).catch(function (e) { done('error ' + e); });");
        assertTrue(answer instanceof List, "stages failed: " + answer);
        List<String> differ = new ArrayList<>();
        int jpegs = 0;
        int jpegsEqual = 0;
        for (Map<String, Object> stage : (List<Map<String, Object>>) answer) {
            String name = (String) stage.get("name");
            JavaStages java = JavaStages.of(byName.get(name));
            JavaStages browserStages = new JavaStages((String) stage.get("luma"), (String) stage.get("downsample"),
                    (String) stage.get("coefficients"));
            if (name.endsWith(".jpg")) {
                jpegs++;
                jpegsEqual += java.equals(browserStages) ? 1 : 0;
            } else if (name.endsWith(".png") && !java.equals(browserStages)) {
                differ.add(name + ": browser " + browserStages + ", Java " + java);
            }
        }
        System.out.printf(Locale.ROOT, "float stages bit-exact: every PNG %s; JPEG %d of %d%n", differ.isEmpty() ? "yes" : "NO", jpegsEqual, jpegs);
        assertTrue(differ.isEmpty(), differ.size() + " PNGs differ from the Java engine in their floats:\n" + String.join("\n", differ));
    }

    /** How fast Chromium hashes photo-like JPEGs (decode + PDQ + SHA-256), beside the Java engine on the same files. */
    @Test
    void hashingSpeedInChromium() throws IOException {
        Path dir = Files.createTempDirectory("csar-browser-hasher-speed-");
        int perSize = 12;
        try (Browser browser = Browser.start()) {
            WebDriver d = browser.open("/public/hash.xhtml").settle().driver();
            JavascriptExecutor js = (JavascriptExecutor) d;
            d.manage().timeouts().scriptTimeout(Duration.ofSeconds(300));
            for (int[] size : new int[][] {{1024, 768}, {512, 512}}) {
                List<Path> files = new ArrayList<>();
                for (int i = 0; i < perSize; i++) {
                    Path file = dir.resolve("speed-" + size[0] + "x" + size[1] + "-" + i + ".jpg");
                    Files.write(file, SyntheticImages.jpeg(SyntheticImages.photoLike(size[0], size[1], 1000 + i, 8, false), 0.9f, false));
                    files.add(file);
                }
                // a file input of the test's own, so the page's handler does not hash the files a second time
                js.executeScript("var i = document.createElement('input'); i.type = 'file'; i.multiple = true; i.id = 'speed-"
                        + size[0] + "'; document.body.appendChild(i);");
                d.findElement(By.id("speed-" + size[0])).sendKeys(files.stream().map(Path::toString).collect(Collectors.joining("\n")));
                Object ms = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                        + "var files = document.getElementById('speed-" + size[0] + "').files;"
                        + "CsarHasher.hashFiles([files[0]]).then(function () {" // warm-up
                        + "  var t = performance.now();"
                        + "  return CsarHasher.hashFiles(files).then(function (r) { done(r.length === files.length ? performance.now() - t : -1); });"
                        + "}).catch(function (e) { done('error ' + e); });");
                assertTrue(ms instanceof Number && ((Number) ms).doubleValue() > 0, "hashing failed: " + ms);
                double browserMs = ((Number) ms).doubleValue() / perSize;
                PdqFileHasher java = new PdqFileHasher();
                java.hash(files.get(0));
                long start = System.nanoTime();
                for (Path file : files) {
                    java.hash(file);
                    FileDigests.of(file);
                }
                double javaMs = (System.nanoTime() - start) / 1e6 / perSize;
                System.out.printf(Locale.ROOT, "browser hasher speed %dx%d: Chromium %.1f ms/image (%.1f images/s), "
                        + "Java engine in the test JVM %.1f ms/image, %d JPEGs quality 0.9%n",
                        size[0], size[1], browserMs, 1000 / browserMs, javaMs, perSize);
            }
        }
    }

    /** Photo-like JPEGs written by ImageIO: baseline, progressive and greyscale, four qualities, two sizes. */
    private static List<Path> photoJpegs(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        int seed = 0;
        for (int[] size : new int[][] {{640, 480}, {300, 200}}) {
            for (float quality : new float[] {0.5f, 0.75f, 0.9f, 0.95f}) {
                for (String kind : new String[] {"base", "prog", "grey"}) {
                    seed++;
                    Path file = dir.resolve(String.format(Locale.ROOT, "photo-%dx%d-q%02d-%s.jpg", size[0], size[1], (int) (quality * 100), kind));
                    Files.write(file, SyntheticImages.jpeg(SyntheticImages.photoLike(size[0], size[1], seed, 8, "grey".equals(kind)),
                            quality, "prog".equals(kind)));
                    files.add(file);
                }
            }
        }
        return files;
    }

    /** Other pages (the victim page) include the hasher by its plain path: it must be served there, without login. */
    private static void assertScriptServedWhereOtherPagesInclude() throws IOException, InterruptedException {
        HttpResponse<String> script = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(Api.BASE_URL + "/resources/hasher/csar-hasher.js")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, script.statusCode());
        assertTrue(script.body().contains("global.CsarHasher = {hashFile: hashFile, hashFiles: hashFiles"), script.body());
        assertFalse(script.headers().firstValue("Content-Type").orElse("").contains("html"));
    }

    private static List<String> axeAndScreenshots(Browser browser, String name) {
        List<String> found = new ArrayList<>();
        for (int width : new int[] {1280, 390}) {
            ScreenSteps.resize(browser, width);
            browser.screenshot(name + "-" + width);
            found.addAll(Axe.seriousViolations(browser.driver(), name + ", " + width + " px"));
        }
        browser.driver().manage().window().setSize(new Dimension(1280, 1000));
        return found;
    }
}
