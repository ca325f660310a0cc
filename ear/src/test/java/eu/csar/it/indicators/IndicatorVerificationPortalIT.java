package eu.csar.it.indicators;

import eu.csar.it.support.Browser;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.security.SecureRandom;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Submission and four-eyes verification in the portal (issue 9, core): a form sent without its
 * required fields names each one beside it; a Coordinating Authority pastes the hasher's output, sees the outcome of every line (a low-quality hash refused with its
 * reason); a centre reviewer opens the verification queue, opens the submission and verifies it, and
 * the new indicator is ACTIVE in PostgreSQL. Both pages fit a phone (390 px).
 */
@ExtendWith(ArquillianExtension.class)
class IndicatorVerificationPortalIT {

    static final Dimension PHONE = new Dimension(390, 844);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void anAuthoritySubmitsInThePortalAndAReviewerVerifies() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String good = HexFormat.of().formatHex(bytes);
        String reference = Fixtures.unique("NL-PORTAL");
        String submissionLink;
        try (Browser browser = Browser.start()) {
            WebDriver d = browser.driver();
            browser.loginAs("ca-nl", "/portal/indicators/submit.xhtml").settle();
            d.findElement(By.id("submission:submit")).click();
            browser.waitUp().until(x -> x.findElements(By.cssSelector(".ui-message-error")).size() == 3);
            String missing = d.findElements(By.cssSelector(".ui-message-error")).stream().map(WebElement::getText).toList().toString();
            assertTrue(missing.contains("Authority that decided") && missing.contains("Decision reference")
                    && missing.contains("Decision date"), "each missing field says so beside it: " + missing);
            browser.screenshot("indicator-submit-missing-fields-1280");
            browser.settle();
            type(d, "submission:authority", "Politie Nederland");
            type(d, "submission:decisionReference", reference);
            type(d, "submission:lines", good + ",90,/cases/9/a.jpg\n" + good.replace('a', 'b').replace('0', '1') + ",45,/cases/9/b.jpg");
            typeDate(d, "submission:decisionDate_input", "2026-11-30");
            String typed = d.findElement(By.id("submission:lines")).getAttribute("value");
            assertTrue(typed.startsWith(good), "the lines are typed: [" + typed + "], focus on "
                    + ((JavascriptExecutor) d).executeScript("return document.activeElement && document.activeElement.id;"));
            d.findElement(By.id("submission:submit")).click();
            browser.waitUp().until(x -> !x.findElements(By.id("counts")).isEmpty());
            assertEquals("2 lines: 1 new, 0 linked, 1 refused.", d.findElement(By.id("counts")).getText());
            String table = d.findElement(By.id("lines")).getText();
            assertTrue(table.contains("PDQ quality 45 is below 50"), table);
            assertTrue(table.contains(good), table);
            d.manage().window().setSize(PHONE);
            browser.screenshot("indicator-submission-outcome-390");
            assertFalse(scrollsSideways(d), "the outcome fits a phone");
            submissionLink = d.findElement(By.id("to-submission")).getAttribute("href");
        }
        assertEquals("SUBMITTED", Db.value("select state from indicators where value = ?", good));

        try (Browser browser = Browser.start()) {
            WebDriver d = browser.driver();
            browser.loginAs("reviewer", "/portal/indicators/verification.xhtml");
            browser.waitUp().until(x -> x.findElements(By.id("queue")).stream().anyMatch(q -> q.getText().contains(reference)));
            WebElement row = d.findElements(By.cssSelector("#queue_data > tr")).stream()
                    .filter(tr -> tr.getText().contains(reference)).findFirst().orElseThrow();
            row.findElement(By.cssSelector("a.csar-submission-link")).click();
            browser.waitUp().until(x -> !x.findElements(By.id("verification:verify")).isEmpty());
            assertTrue(d.getCurrentUrl().startsWith(submissionLink.substring(0, submissionLink.indexOf("/portal/")))
                    && d.getCurrentUrl().contains("/portal/indicators/submission/"), d.getCurrentUrl());
            d.findElement(By.id("verification:verify")).click();
            browser.waitUp().until(x -> x.findElement(By.id("state")).getText().contains("Verified"));
            assertTrue(d.findElement(By.id("verifiedBy")).getText().startsWith("reviewer"), d.findElement(By.id("verifiedBy")).getText());
            d.manage().window().setSize(PHONE);
            browser.screenshot("indicator-verified-390");
            assertFalse(scrollsSideways(d), "the submission page fits a phone");
        }
        assertEquals("ACTIVE", Db.value("select state from indicators where value = ?", good));
        assertEquals(1L, Db.count("select count(*) from indicator_changes c join indicators i on i.id = c.indicator_id "
                + "where i.value = ? and c.change = 'ADD'", good));
    }

    private static void type(WebDriver d, String id, String text) {
        WebElement input = d.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private static void typeDate(WebDriver d, String id, String iso) {
        WebElement input = d.findElement(By.id(id));
        input.clear();
        input.sendKeys(iso);
        input.sendKeys(Keys.ESCAPE);
        input.sendKeys(Keys.TAB);
    }

    private static boolean scrollsSideways(WebDriver d) {
        Object wider = ((JavascriptExecutor) d).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1;");
        return Boolean.TRUE.equals(wider);
    }
}
