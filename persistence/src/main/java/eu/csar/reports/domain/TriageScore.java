package eu.csar.reports.domain;

/**
 * The triage score of a report, 0-100, one of the review desk's orderings after urgency and age:
 * known material weighs most (an ACTIVE indicator, verified by an authority or the Centre), a repeat
 * of an earlier report next, urgency (imminent threat to a child, Art 13(1)(j)) adds the rest.
 * A plain sum of fixed weights, so a reviewer can read the score back: 60 known, 25 seen before,
 * 15 urgent.
 */
public final class TriageScore {

    static final int KNOWN = 60;
    static final int SEEN_BEFORE = 25;
    static final int URGENT = 15;

    private TriageScore() {
    }

    public static int of(boolean urgent, boolean known, boolean seenBefore) {
        return (known ? KNOWN : 0) + (seenBefore ? SEEN_BEFORE : 0) + (urgent ? URGENT : 0);
    }
}
