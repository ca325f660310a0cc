package eu.csar.it.portal;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import eu.csar.it.support.Axe;
import eu.csar.it.support.Browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What a user sees of the page's layout, measured in the browser: header share, words broken across lines. */
final class ScreenGeometry {

    static final Dimension DESKTOP = new Dimension(1280, 1000);
    static final Dimension PHONE = new Dimension(390, 844);

    private static final String BROKEN_WORDS = """
            var broken = [];
            document.querySelectorAll('.ui-datatable thead th, .ui-datatable .ui-column-title').forEach(function (el) {
              if (!el.offsetParent || el.getClientRects().length === 0) { return; }
              var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT), node;
              while ((node = walker.nextNode())) {
                var words = /\\S+/g, m;
                while ((m = words.exec(node.data))) {
                  var range = document.createRange();
                  range.setStart(node, m.index);
                  range.setEnd(node, m.index + m[0].length);
                  var tops = {};
                  Array.prototype.forEach.call(range.getClientRects(), function (r) {
                    if (r.width > 0) { tops[Math.round(r.top)] = true; }
                  });
                  if (Object.keys(tops).length > 1) { broken.push('"' + m[0] + '" breaks across lines'); }
                }
              }
              if (el.scrollWidth > el.clientWidth + 1) { broken.push('"' + el.textContent.trim() + '" overflows its cell'); }
            });
            return broken;
            """;

    private ScreenGeometry() {
    }

    /**
     * Sideways scrolling (naming what sticks out) and serious axe findings at 1280 and 390 px, for the page
     * on screen, with a screenshot {@code <prefix>-<page>-<width>} at each size of {@code shotAt}; the window
     * is 1280 px wide again after. What every order page's browser test checks.
     */
    static List<String> problems(Browser browser, String prefix, String page, Dimension... shotAt) {
        List<String> problems = new ArrayList<>();
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            resize(browser.driver(), size);
            if (scrollsSideways(browser.driver())) {
                problems.add(page + ", " + size.getWidth() + " px: the page scrolls sideways: " + sticksOut(browser.driver()));
            }
            problems.addAll(Axe.seriousViolations(browser.driver(), page + ", " + size.getWidth() + " px"));
            if (List.of(shotAt).contains(size)) {
                browser.screenshot(prefix + "-" + page.replace(' ', '-') + "-" + size.getWidth());
            }
        }
        resize(browser.driver(), DESKTOP);
        return problems;
    }

    /** Resizes the window and waits until the page has taken the new width. */
    static void resize(WebDriver driver, Dimension size) {
        driver.manage().window().setSize(size);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> Math.abs(((Number) js(d, "return window.innerWidth;")).intValue() - size.getWidth()) < 40);
    }

    /** The header's height as a share of the visible height of the page. */
    static double headerShare(WebDriver driver) {
        Number header = (Number) js(driver, "return document.querySelector('.csar-header').getBoundingClientRect().height;");
        Number viewport = (Number) js(driver, "return window.innerHeight;");
        return header.doubleValue() / viewport.doubleValue();
    }

    /** Words of table headers (and of the labels reflowed tables show in each cell) split over two lines or cut off. */
    @SuppressWarnings("unchecked")
    static List<String> brokenHeaderWords(WebDriver driver) {
        return (List<String>) js(driver, BROKEN_WORDS);
    }

    /**
     * Whether the page is wider than the window (the user would have to scroll sideways to see all of it) once
     * its layout has settled: right after a resize the page may be wider for a moment (the vertical scrollbar
     * appears and narrows it, the components' resize handlers run), which no user sees and which once failed
     * a run with nothing sticking out a moment later. A page still wider after {@link #SETTLE} is a finding.
     */
    static boolean scrollsSideways(WebDriver driver) {
        try {
            new WebDriverWait(driver, SETTLE).until(d -> !((Boolean) js(d,
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1;")));
            return false;
        } catch (TimeoutException stillWider) {
            return true;
        }
    }

    /** How long a page may take to settle after a resize before its width counts. */
    static final Duration SETTLE = Duration.ofSeconds(2);

    /**
     * The innermost elements that reach past the window's right edge, as {@code tag#id.class "text"}: what a
     * failure message needs to say, since the data that widened the page may come from another test.
     */
    @SuppressWarnings("unchecked")
    static List<String> sticksOut(WebDriver driver) {
        return (List<String>) js(driver, """
                var width = document.documentElement.clientWidth, found = [];
                document.querySelectorAll('body *').forEach(function (el) {
                  var r = el.getBoundingClientRect();
                  if (r.width === 0 || r.right <= width + 1) { return; }
                  var inner = Array.prototype.some.call(el.children, function (c) {
                    return c.getBoundingClientRect().right > width + 1; });
                  if (inner || found.length >= 5) { return; }
                  var text = (el.textContent || '').trim().substring(0, 80);
                  found.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                      + (el.className && el.className.baseVal === undefined ? '.' + el.className.trim().replace(/\s+/g, '.') : '')
                      + ' right=' + Math.round(r.right) + ' ' + JSON.stringify(text));
                });
                return found;
                """);
    }

    /** Whether the element lies wholly inside the window's width. */
    static boolean withinWidth(WebDriver driver, String id) {
        WebElement e = driver.findElement(By.id(id));
        Number width = (Number) js(driver, "return document.documentElement.clientWidth;");
        return e.getRect().getX() >= 0 && e.getRect().getX() + e.getRect().getWidth() <= width.doubleValue() + 1;
    }

    /** Whether two elements sit on one line (their vertical middles within a few pixels). */
    static boolean onOneLine(WebDriver driver, String id1, String id2) {
        WebElement a = driver.findElement(By.id(id1));
        WebElement b = driver.findElement(By.id(id2));
        double middleA = a.getRect().getY() + a.getRect().getHeight() / 2.0;
        double middleB = b.getRect().getY() + b.getRect().getHeight() / 2.0;
        return Math.abs(middleA - middleB) < 12;
    }

    private static Object js(WebDriver driver, String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }
}
