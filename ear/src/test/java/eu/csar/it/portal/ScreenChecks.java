package eu.csar.it.portal;

import eu.csar.it.support.Axe;
import eu.csar.it.support.Browser;
import org.openqa.selenium.Dimension;

import java.util.ArrayList;
import java.util.List;

/** The checks the order pages' browser tests make of the page on screen at 1280 and 390 px. */
final class ScreenChecks {

    private ScreenChecks() {
    }

    /**
     * Sideways scrolling and serious axe findings at 1280 and 390 px, for the page on screen, with a
     * screenshot {@code <prefix><page>-<width>} at each of {@code shotAt}; the window is 1280 px wide again after.
     */
    static List<String> problems(Browser browser, String page, String prefix, Dimension... shotAt) {
        List<String> problems = new ArrayList<>();
        for (Dimension size : List.of(ScreenGeometry.DESKTOP, ScreenGeometry.PHONE)) {
            ScreenGeometry.resize(browser.driver(), size);
            if (ScreenGeometry.scrollsSideways(browser.driver())) {
                problems.add(page + ", " + size.getWidth() + " px: the page scrolls sideways");
            }
            problems.addAll(Axe.seriousViolations(browser.driver(), page + ", " + size.getWidth() + " px"));
            if (List.of(shotAt).contains(size)) {
                browser.screenshot(prefix + page.replace(' ', '-') + "-" + size.getWidth());
            }
        }
        ScreenGeometry.resize(browser.driver(), ScreenGeometry.DESKTOP);
        return problems;
    }
}
