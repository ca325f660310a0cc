package eu.csar.indicators.application;

/**
 * The flood quarantine rule: an indicator floods when its matches in the last {@code windowDays}
 * days (today included) reach at least {@code minCount} and exceed {@code factor} times its own
 * baseline, that is its matches in the {@code baselineDays} days before the window, scaled to the
 * window's length (a baseline below one match per window counts as one). A flood is far more
 * often a common image (a logo, a blank frame) wrongly on the list than a sudden surge of real
 * material, so the indicator stops matching until a reviewer looks.
 */
public record FloodRule(int windowDays, int baselineDays, double factor, long minCount) {

    public FloodRule {
        if (windowDays < 1 || baselineDays < 1 || factor <= 1.0 || minCount < 1) {
            throw new IllegalArgumentException("flood rule needs window >= 1 day, baseline >= 1 day, factor > 1, minimum >= 1");
        }
    }

    /** The baseline scaled to one window. */
    public double expected(long baselineMatches) {
        return Math.max(1.0, baselineMatches * (double) windowDays / baselineDays);
    }

    /** True if {@code recent} matches in the window are a flood over {@code baselineMatches} in the baseline period. */
    public boolean floods(long recent, long baselineMatches) {
        return recent >= minCount && recent > factor * expected(baselineMatches);
    }

    /** Why, for the history row and the reviewers' queue. */
    public String reason(long recent, long baselineMatches) {
        return "flood rule: " + recent + " matches in " + windowDays + " day(s) against a baseline of "
                + String.format(java.util.Locale.ROOT, "%.1f", expected(baselineMatches)) + " (factor " + factor + ", minimum " + minCount + ")";
    }
}
