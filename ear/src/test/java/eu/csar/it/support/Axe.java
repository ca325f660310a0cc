package eu.csar.it.support;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Deque's axe-core, run inside the page the browser shows, against WCAG 2.1 A and AA. Only serious
 * and critical violations count; each is described in one readable line per element:
 * <pre>
 * List&lt;String&gt; found = Axe.seriousViolations(browser.driver(), "audit trail, nl, 390 px");
 * assertTrue(found.isEmpty(), String.join("\n", found));
 * </pre>
 */
public final class Axe {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> COUNTED = Set.of("serious", "critical");

    private Axe() {
    }

    /** One line per broken rule: "where: [serious] color-contrast (...) on 3 element(s), e.g. #x: <a ...> -- fix ..." */
    public static List<String> seriousViolations(WebDriver driver, String where) {
        BrowserCpu.count("axe");
        Results results = builder().analyze(driver);
        if (results.isErrored()) {
            return List.of(where + ": axe could not run: " + results.getErrorMessage());
        }
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if (!COUNTED.contains(rule.getImpact()) || rule.getNodes().isEmpty()) {
                continue;
            }
            CheckedNode first = rule.getNodes().get(0);
            found.add(where + ": [" + rule.getImpact() + "] " + rule.getId() + " (" + rule.getHelp() + ") on "
                    + rule.getNodes().size() + " element(s), e.g. " + first.getTarget() + ": " + abbreviate(first.getHtml())
                    + " -- " + abbreviate(String.valueOf(first.getFailureSummary()).replace('\n', ' ')));
        }
        return found;
    }

    /**
     * axe.run in the page itself ("legacy" mode): the portal has no frames, so the frame-by-frame mode
     * with its extra blank window found nothing more and took longer. Only violations come back with
     * every element; passes and the rest would be serialised through the driver for nothing.
     */
    private static AxeBuilder builder() {
        AxeRunOnlyOptions runOnly = new AxeRunOnlyOptions();
        runOnly.setType("tag");
        runOnly.setValues(WCAG_21_AA);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(runOnly);
        options.setResultTypes(List.of("violations"));
        return new AxeBuilder().withOptions(options).setLegacyMode(true);
    }

    private static String abbreviate(String s) {
        return s == null || s.length() <= 220 ? s : s.substring(0, 220) + "...";
    }
}
