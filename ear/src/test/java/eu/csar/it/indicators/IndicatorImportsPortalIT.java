package eu.csar.it.indicators;

import eu.csar.it.support.Axe;
import eu.csar.it.support.Browser;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.ServerLog;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.FluentWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The imports page as a centre admin uses it (issue 9 §1 and §4): a small synthetic hasher CSV with
 * one malformed line is uploaded, the job's PrimeFaces progress bar follows it to 100%, the row shows
 * the counts PostgreSQL has, and the error report the page downloads names the bad line. axe passes on
 * the page, in English and Dutch at 1280 and 390 px, where the screenshots are taken.
 */
@ExtendWith(ArquillianExtension.class)
class IndicatorImportsPortalIT {

    static final int GOOD_LINES = 20;
    static final int BAD_LINE = 7;
    static final Duration JOB_TIMEOUT = Duration.ofSeconds(120);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void anAdminUploadsACsvFollowsTheProgressBarAndDownloadsTheErrorReport() throws IOException {
        String seed = UUID.randomUUID().toString();
        String fileName = "portal-import-" + seed.substring(0, 8) + ".csv";
        Path dir = Files.createTempDirectory("csar-import-portal-");
        Path csv = dir.resolve(fileName);
        Files.writeString(csv, csv(seed), StandardCharsets.UTF_8);
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        ServerLog.Mark log = ServerLog.mark();
        List<String> violations = new ArrayList<>();
        try (Browser browser = Browser.start()) {
            browser.loginAs("admin", "/portal/indicators/imports.xhtml");
            WebDriver d = browser.driver();
            ((ChromeDriver) d).executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            ScreenSteps.await(browser, "imports", x -> !x.findElements(By.id("upload:file")).isEmpty());
            violations.addAll(axeAndScreenshots(browser, "indicator-imports-empty-en"));

            d.findElement(By.id("upload:file")).sendKeys(csv.toString());
            d.findElement(By.id("upload:start")).click();
            ScreenSteps.await(browser, "started",
                    x -> x.findElement(By.id("messages")).getText().contains("started for " + (GOOD_LINES + 1) + " lines"));

            // the bar follows the job (the page polls while it runs) to 100%, and the result appears
            String row = "//tr[.//div[contains(@class,'csar-hint') and normalize-space()='" + fileName + "']]";
            ScreenSteps.await(browser, "import-job", JOB_TIMEOUT, x -> {
                WebElement r = x.findElement(By.xpath(row));
                return r.findElement(By.cssSelector(".csar-import-bar .ui-progressbar-label")).getText().equals("100%")
                        && !r.findElements(By.cssSelector(".csar-import-result")).isEmpty();
            });
            WebElement jobRow = d.findElement(By.xpath(row));
            assertEquals(GOOD_LINES + " new, 0 linked, 1 refused", jobRow.findElement(By.cssSelector(".csar-import-result")).getText());
            assertEquals((GOOD_LINES + 1) + " of " + (GOOD_LINES + 1) + " lines read",
                    jobRow.findElement(By.cssSelector(".csar-import-counts")).getText());
            assertEquals(1, Db.count("select count(*) from indicator_submissions s join indicator_imports i on i.submission_id = s.id "
                    + "where i.file_name = ? and s.line_count = ? and s.refused_count = 1 and s.linked_count = 0 and s.state = 'SUBMITTED'",
                    fileName, GOOD_LINES + 1), "the counts the row shows are PostgreSQL's");
            violations.addAll(axeAndScreenshots(browser, "indicator-imports-done-en"));

            // the error report: a CSV download with the bad line, its number and the reason
            jobRow.findElement(By.cssSelector("a[id$=':errors']")).click();
            Path report = awaitDownload(downloads);
            String[] rows = Files.readString(report, StandardCharsets.UTF_8).split("\r\n");
            assertEquals(2, rows.length, String.join("\n", rows));
            assertTrue(rows[1].startsWith(BAD_LINE + ",malformed"), rows[1]);
            assertTrue(rows[1].endsWith(",\"not-a-hash,90,/bad.jpg\""), rows[1]);

            // the same page in Dutch
            browser.open("/portal/indicators/imports.xhtml");
            d.findElement(By.id("session:lang-nl")).click();
            ScreenSteps.await(browser, "nl", x -> "nl".equals(x.findElement(By.tagName("html")).getAttribute("lang")));
            ScreenSteps.await(browser, "nl-row", x -> !x.findElements(By.xpath(row)).isEmpty());
            violations.addAll(axeAndScreenshots(browser, "indicator-imports-done-nl"));
        }
        assertTrue(violations.isEmpty(), violations.size() + " serious or critical accessibility violations:\n"
                + String.join("\n", violations));
        log.assertNoStackTrace();
    }

    /** {@code GOOD_LINES} synthetic hasher lines (quality 90) and, at line {@code BAD_LINE}, one that is no hash. */
    static String csv(String seed) {
        StringBuilder b = new StringBuilder();
        int good = 0;
        for (int line = 1; line <= GOOD_LINES + 1; line++) {
            if (line == BAD_LINE) {
                b.append("not-a-hash,90,/bad.jpg\n");
            } else {
                b.append(IndicatorImportIT.hash(seed + "/" + good++)).append(",90,/synthetic/").append(good).append(".jpg\n");
            }
        }
        return b.toString();
    }

    private static Path awaitDownload(Path downloads) {
        return new FluentWait<>(downloads).withTimeout(Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(200)).until(x -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(p -> p.getFileName().toString().endsWith(".csv")).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** axe at desktop (1280 px) and phone (390 px) width, with a screenshot at each after the page has laid itself out. */
    private static List<String> axeAndScreenshots(Browser browser, String name) {
        List<String> found = new ArrayList<>();
        for (int width : ScreenSteps.WIDTHS) {
            ScreenSteps.resize(browser, width);
            browser.screenshot(name + "-" + width);
            found.addAll(Axe.seriousViolations(browser.driver(), name + ", " + width + " px"));
        }
        browser.driver().manage().window().setSize(new Dimension(1280, 1000));
        return found;
    }
}
