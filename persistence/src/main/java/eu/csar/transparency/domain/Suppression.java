package eu.csar.transparency.domain;

import java.io.Serializable;

/**
 * The small-count rule of the transparency reports: a count from 1 to threshold - 1 is never shown,
 * only "&lt; threshold", so that no person can be singled out (Art 83-84 publish statistics, not
 * cases). Zero is shown (it singles out nobody). Figures derived from a suppressed count (a median, a
 * rate) are suppressed too. The threshold comes from configuration ({@code csar.transparency.suppression-threshold},
 * default {@value #DEFAULT_THRESHOLD}) and is stored with each report version.
 */
public record Suppression(int threshold) implements Serializable {

    public static final int DEFAULT_THRESHOLD = 10;

    public Suppression {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold " + threshold + " must be at least 1");
        }
    }

    /** Whether this count is withheld. */
    public boolean suppresses(long count) {
        return count > 0 && count < threshold;
    }

    /** The count as published: the number, or "&lt; threshold". */
    public String show(long count) {
        return suppresses(count) ? "< " + threshold : Long.toString(count);
    }

    /** The count as published in JSON: the number, or null when withheld. */
    public Long value(long count) {
        return suppresses(count) ? null : count;
    }

    /** Whether a figure derived from this many cases may be published (a median of 3 removals singles them out). */
    public boolean allowsDerivedFrom(long cases) {
        return cases >= threshold;
    }
}
