package eu.csar.transparency.api;

/**
 * The figures a transparency report may carry (Art 83(1)-(3), 84): each is a sum over the counters
 * of V47 ({@code transparency_counts.figure} is the constant's name), maintained as the events happen.
 * Which figures a kind of report carries is the legal profile's list (transparency.*-figures).
 */
public enum Figure {
    /** Reports the Centre received (finished by the provider, Art 12), by provider and type. */
    REPORTS_RECEIVED,
    /** Reports the Centre decided to forward (Art 48(3)), by provider and type. */
    REPORTS_FORWARDED,
    /** Forwarded reports per recipient: a Member State's law enforcement or EUROPOL. */
    REPORTS_FORWARDED_TO,
    /** Reports found manifestly unfounded (Art 48(2)), by provider, type and reason. */
    REPORTS_UNFOUNDED,
    /** Evidence items in the reports received. */
    REPORT_ITEMS,
    /** Items whose hash an earlier finished report already carried (the same item reported again). */
    REPORT_ITEMS_SEEN_BEFORE,
    /** Orders entering each state, by type, issuing Member State and provider. */
    ORDER_STATE,
    /** Removal orders' outcomes: the measure taken, the redress outcome. */
    ORDER_OUTCOME,
    /** The removal-time histogram (receipt to execution), per provider; median and p90 come from it. */
    REMOVAL_TIME,
    /** Removal orders executed after their execution deadline, per provider. */
    REMOVAL_OVER_DEADLINE,
    /** Indicators added, quarantined, disabled, retired (by kind) and provenance links withdrawn. */
    INDICATORS,
    /** Providers' false-positive flags on indicators: raised, and resolved (confirmed or retired). */
    FALSE_POSITIVE_FLAGS,
    /** Victims' cases opened and withdrawn, and the submissions of hashes they sent, by Member State. */
    VICTIMS,
    /**
     * Reports received by the Member State their location data names (Art 13(1)(e)), by type: the
     * code, NON_EU for another country, UNKNOWN for none (V54).
     */
    REPORTS_RECEIVED_BY_MS,
    /**
     * Victims' requests and their outcomes (Art 20-21), by the case's Member State: hashes submitted,
     * refused, verified, rejected, withdrawn by the victim, removal-help requests (V54).
     */
    VICTIM_REQUESTS
}
