package eu.csar.it.portal;

import eu.csar.it.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What the portal tests do with PrimeFaces widgets, in one place: typing into fields, choosing in
 * the styled drop-downs (whose native select is hidden), waiting for AJAX to finish.
 */
final class PortalDriver {

    private final Browser browser;

    PortalDriver(Browser browser) {
        this.browser = browser;
    }

    WebDriver driver() {
        return browser.driver();
    }

    WebElement find(String id) {
        return browser.waitUp().until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    PortalDriver type(String id, String text) {
        WebElement field = find(id);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Chooses a value in a p:selectOneMenu through its widget, as a click on an item would. */
    PortalDriver choose(String selectOneMenuId, String value) {
        find(selectOneMenuId);
        js("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", selectOneMenuId, value);
        return this;
    }

    /** Adds a value to a p:selectCheckboxMenu's selection through its widget. */
    PortalDriver chooseAlso(String selectCheckboxMenuId, String value) {
        find(selectCheckboxMenuId);
        js("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", selectCheckboxMenuId, value);
        return this;
    }

    /** Ticks option {@code index} of a p:selectManyCheckbox by clicking its label. */
    PortalDriver tick(String selectManyCheckboxId, int index) {
        driver().findElement(By.cssSelector("label[for='" + selectManyCheckboxId + ":" + index + "']")).click();
        return this;
    }

    /** Clicks a command button and waits until PrimeFaces' AJAX queue is empty again. */
    PortalDriver clickAndWait(String id) {
        find(id).click();
        return awaitAjax();
    }

    PortalDriver awaitAjax() {
        browser.settle();
        return this;
    }

    /** Waits for a condition; if it never holds, saves a screenshot and says what the page showed. */
    PortalDriver awaitOrExplain(String screenshot, java.util.function.Function<WebDriver, Boolean> condition) {
        try {
            browser.waitUp().until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot(screenshot + "-timeout");
            throw new AssertionError("timed out on " + driver().getCurrentUrl() + "; the page showed:\n" + pageText(), e);
        }
        return this;
    }

    /** The message a user (or a screen reader) sees for a field: the element its aria-describedby names. */
    String messageFor(String fieldId) {
        return driver().findElements(By.id(fieldId)).stream()
                .map(input -> input.getAttribute("aria-describedby"))
                .filter(described -> described != null && !described.isBlank())
                .flatMap(described -> driver().findElements(By.id(described)).stream())
                .map(WebElement::getText).filter(t -> !t.isBlank()).findFirst().orElse("");
    }

    /** Waits until the page heading reads {@code text} (across the reload a language switch causes). */
    PortalDriver awaitHeading(String text) {
        browser.waitUp().ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("h1")).getText().equals(text));
        return this;
    }

    String heading() {
        return find("main").findElement(By.tagName("h1")).getText();
    }

    String text(String id) {
        return find(id).getText();
    }

    String pageText() {
        return driver().findElement(By.tagName("body")).getText();
    }

    /** The href of the page's annex PDF button (id {@code annex}). */
    String annexHref() {
        return driver().findElement(By.cssSelector("#annex[href], #annex a[href]")).getAttribute("href");
    }

    /** Fetches {@code href} in the browser's session: "status content-type first-four-bytes", e.g. "200 application/pdf %PDF". */
    Object download(String href) {
        return ((JavascriptExecutor) driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' '"
                        + " + r.headers.get('content-type') + ' ' + String.fromCharCode.apply(null, new Uint8Array(b.slice(0, 4))))))"
                        + ".catch(e => done('failed ' + e));", href);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver()).executeScript(script, args);
    }
}
