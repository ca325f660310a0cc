package eu.csar.technologies.domain;

import eu.csar.technologies.api.TechnologyState;

import static eu.csar.shared.domain.RuleViolationException.invalid;

/**
 * When a new entry may succeed another as its next version (Art 50): the predecessor is APPROVED, and
 * the new one keeps its name and type with a higher version ({@code 2.10} after {@code 2.9}); otherwise
 * refused at the field that is wrong. The predecessor is not touched.
 */
final class VersionSuccession {

    private VersionSuccession() {
    }

    /** Refuses {@code successor} as the next version of {@code predecessor}, naming the field, unless the rules above hold. */
    static void check(Technology successor, Technology predecessor) {
        if (predecessor.state() != TechnologyState.APPROVED) {
            throw invalid("predecessorReference", "A new version succeeds an approved technology; " + predecessor.reference()
                    + " is " + predecessor.state());
        }
        if (!predecessor.name().equals(successor.name())) {
            throw invalid("name", "A new version keeps its predecessor's name: " + predecessor.name());
        }
        if (predecessor.type() != successor.type()) {
            throw invalid("type", "A new version keeps its predecessor's type: " + predecessor.type());
        }
        if (compareVersions(successor.technologyVersion(), predecessor.technologyVersion()) <= 0) {
            throw invalid("version", "A new version is higher than its predecessor's " + predecessor.technologyVersion());
        }
    }

    /** Compares versions part by part at dots, numerically where both parts are numbers ({@code 2.10} above {@code 2.9}). */
    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String p = i < x.length ? x[i] : "0";
            String q = i < y.length ? y[i] : "0";
            int c = p.matches("\\d{1,9}") && q.matches("\\d{1,9}") ? Integer.compare(Integer.parseInt(p), Integer.parseInt(q))
                    : p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
