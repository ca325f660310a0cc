package eu.csar.it.indicators;

import eu.csar.it.support.Browser;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.ServerLog;
import eu.csar.it.support.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The indicator screens as a centre reviewer uses them (issue 9 §4): the sets overview with counts by
 * state and the activity chart; a search for a synthetic PDQ hash within a radius that shows the
 * near neighbour with its distance; the indicator's detail with its provenance and history, reached
 * through its permalink; and a quarantined indicator confirmed from the reviewers' queue, back to
 * ACTIVE in PostgreSQL with a history row by the reviewer, which resolves a provider's open
 * false-positive flag on it (stored, audited, listed among the resolved flags). Screenshots at 1280
 * and 390 px.
 */
@ExtendWith(ArquillianExtension.class)
class IndicatorScreensPortalIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void aReviewerSeesTheSetsFindsANearHashReadsItsProvenanceAndConfirmsAQuarantinedIndicator() {
        ScreenSeed seed = ScreenSeed.write();
        ServerLog.Mark log = ServerLog.mark();
        try (Browser browser = Browser.start()) {
            browser.loginAs("reviewer", "/portal/indicators/sets.xhtml");
            WebDriver d = browser.driver();

            // the sets overview: known images with its active count as PostgreSQL has it, and the chart
            long active = Db.count("select count(*) from indicators where set_id = ?::uuid and state = 'ACTIVE'",
                    ScreenSeed.KNOWN_IMAGES);
            ScreenSteps.await(browser, "sets", x -> !x.findElements(By.cssSelector("tr.csar-set-known-images")).isEmpty());
            WebElement images = d.findElement(By.cssSelector("tr.csar-set-known-images"));
            assertTrue(images.getText().contains("Known images"), images.getText());
            assertEquals(String.valueOf(active), images.findElement(By.cssSelector("td.csar-count-ACTIVE")).getText()
                    .replaceAll("\\D", ""), "active known images");
            assertTrue(images.findElement(By.cssSelector("td.csar-count-QUARANTINED")).getText().replaceAll("\\D", "").length() > 0);
            assertEquals(1, d.findElements(By.cssSelector("#activity canvas")).size(), "the chart is drawn");
            assertTrue(d.findElement(By.id("nav-ind-reviews")).isDisplayed(), "the reviewer's menu has the queue");
            ScreenSteps.screenshots(browser, "indicators-sets");

            // search by hash: the neighbour 3 bits away, with its distance
            browser.open("/portal/indicators/search.xhtml");
            type(d, "search:value", seed.activeValue.toUpperCase());
            WebElement radius = d.findElement(By.id("search:radius_input"));
            radius.sendKeys(Keys.chord(Keys.CONTROL, "a"), "8");
            d.findElement(By.id("search:go")).click();
            ScreenSteps.await(browser, "search", x -> x.findElements(By.cssSelector("[id='search:results'] .csar-indicator-link")).size() >= 2);
            WebElement neighbourRow = d.findElement(By.xpath("//a[contains(@class,'csar-indicator-link') and normalize-space()='"
                    + seed.neighbourValue + "']/ancestor::tr"));
            assertEquals(String.valueOf(ScreenSeed.NEIGHBOUR_DISTANCE), neighbourRow.findElement(By.cssSelector(".csar-distance")).getText());
            WebElement exactRow = d.findElement(By.xpath("//a[contains(@class,'csar-indicator-link') and normalize-space()='"
                    + seed.activeValue + "']/ancestor::tr"));
            assertEquals("0", exactRow.findElement(By.cssSelector(".csar-distance")).getText());
            ScreenSteps.screenshots(browser, "indicators-search");

            // the detail, through the permalink the result links to
            WebElement link = exactRow.findElement(By.cssSelector("a.csar-indicator-link"));
            assertTrue(link.getAttribute("href").endsWith("/portal/indicators/" + seed.active), link.getAttribute("href"));
            link.click();
            ScreenSteps.await(browser, "detail", x -> !x.findElements(By.id("value")).isEmpty());
            assertTrue(d.getCurrentUrl().endsWith("/portal/indicators/" + seed.active), d.getCurrentUrl());
            assertEquals(seed.activeValue, d.findElement(By.id("value")).getText());
            String provenance = d.findElement(By.id("provenance-card")).getText();
            assertTrue(provenance.contains(seed.decisionReference) && provenance.contains("Rechtbank Den Haag")
                    && provenance.contains("Authority decision"), provenance);
            String history = d.findElement(By.id("history-card")).getText();
            assertTrue(history.contains("reviewer2") && history.contains("Verified") && history.contains("Active"), history);
            assertTrue(d.findElements(By.id("move:retire")).size() == 1, "a reviewer may retire an active indicator");
            assertTrue(d.findElements(By.id("move:confirm")).isEmpty(), "an active indicator has nothing to confirm");
            ScreenSteps.screenshots(browser, "indicators-detail");

            // the queue: the quarantined indicator with the flood rule's reason (and a provider's open
            // false-positive flag on it), confirmed back to ACTIVE, which resolves the flag
            UUID flag = UUID.randomUUID();
            Db.execute("insert into indicator_flags (id, indicator_id, provider_id, reason, flagged_by, flagged_at) values ('"
                    + flag + "', '" + seed.quarantined + "', '" + Tokens.Provider.ALPHA.providerId + "', 'a logo', 'demo-provider-alpha', now())");
            browser.open("/portal/indicators/reviews.xhtml");
            String row = "tr.csar-row-" + seed.quarantined;
            ScreenSteps.await(browser, "reviews", x -> !x.findElements(By.cssSelector(row)).isEmpty());
            assertTrue(d.findElement(By.cssSelector(row)).getText().contains(seed.quarantineReason));
            ScreenSteps.screenshots(browser, "indicators-reviews");
            d.findElement(By.cssSelector(row + " button[id$=':confirm']")).click();
            ScreenSteps.await(browser, "reviews-confirmed", x -> x.findElements(By.cssSelector(row)).isEmpty());
            assertTrue(d.findElement(By.id("messages")).getText().contains("confirmed"), d.findElement(By.id("messages")).getText());
            assertEquals("ACTIVE", Db.value("select state from indicators where id = ?::uuid", seed.quarantined.toString()));
            assertEquals(1, Db.count("select count(*) from indicator_status_changes where indicator_id = ?::uuid "
                    + "and event = 'CONFIRM' and to_state = 'ACTIVE' and actor = 'reviewer'", seed.quarantined.toString()));
            assertEquals(1, Db.count("select count(*) from indicator_changes where indicator_id = ?::uuid and change = 'ADD'",
                    seed.quarantined.toString()), "matchable again: one ADD in the change feed");
            assertEquals(1, Db.count("select count(*) from indicator_flags where id = ?::uuid and resolution = 'CONFIRMED' "
                    + "and resolved_by = 'reviewer' and resolution_reason = 'the indicator was confirmed' and resolved_at is not null",
                    flag.toString()), "the confirmation resolves the open flag");
            assertEquals(1, Db.count("select count(*) from audit_entries where action = 'INDICATOR_FLAG_RESOLVED' and object_id = ? "
                    + "and purpose like ?", seed.quarantined.toString(), "%" + flag + " resolved: CONFIRMED%"));
            WebElement resolved = d.findElement(By.cssSelector("tr.csar-flag-" + flag));
            assertTrue(resolved.getText().contains("Indicator confirmed") && resolved.getText().contains("a logo"), resolved.getText());
            ScreenSteps.screenshots(browser, "indicators-reviews-resolved");
        }
        log.assertNoStackTrace();
    }

    private static void type(WebDriver d, String id, String text) {
        WebElement field = d.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
