package eu.csar.it.indicators;

import eu.csar.it.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;

import java.time.Duration;
import java.util.function.Function;

/** The steps the indicator browser tests share: waiting with a diagnosis, and screenshots at desktop and phone width. */
public final class ScreenSteps {

    static final int[] WIDTHS = {1280, 390};

    private ScreenSteps() {
    }

    /** Waits for a condition; if it never holds, saves a screenshot and says what the page showed. */
    public static void await(Browser browser, String name, Function<WebDriver, Boolean> condition) {
        await(browser, name, Browser.TIMEOUT, condition);
    }

    /** As {@link #await(Browser, String, Function)}, for as long as {@code timeout} (a batch job, say). */
    public static void await(Browser browser, String name, Duration timeout, Function<WebDriver, Boolean> condition) {
        try {
            browser.waitUp(timeout).ignoring(NoSuchElementException.class).until(condition::apply);
        } catch (TimeoutException e) {
            browser.screenshot("indicators-" + name + "-timeout");
            throw new AssertionError("timed out on " + browser.driver().getCurrentUrl() + "; the page showed:\n"
                    + browser.driver().findElement(By.tagName("body")).getText(), e);
        }
    }

    /** Sets the window to {@code width} (phone height at 390 px) and waits until the page has laid itself out again. */
    public static void resize(Browser browser, int width) {
        browser.driver().manage().window().setSize(new Dimension(width, width == 390 ? 844 : 1000));
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        ((JavascriptExecutor) browser.driver()).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "requestAnimationFrame(function () { requestAnimationFrame(function () { setTimeout(done, 300); }); });");
    }

    /** Screenshots {@code name-1280} and {@code name-390}; the window is back at desktop width afterwards. */
    public static void screenshots(Browser browser, String name) {
        for (int width : WIDTHS) {
            resize(browser, width);
            browser.screenshot(name + "-" + width);
        }
        browser.driver().manage().window().setSize(new Dimension(1280, 1000));
    }
}
