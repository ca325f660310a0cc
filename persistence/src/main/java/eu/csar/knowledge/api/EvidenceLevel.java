package eu.csar.knowledge.api;

/**
 * The published criterion that classifies a prevention programme: how well its effect is known.
 * The definitions the public pages show are the message keys {@code knowledge.evidence.<NAME>.definition}.
 */
public enum EvidenceLevel {
    /** At least one controlled evaluation, published, found the intended effect. */
    EVALUATED_EFFECTIVE,
    /** An evaluation without a control group, or a pilot, found promising results. */
    PROMISING,
    /** Built on a documented theory of change; no evaluation yet. */
    THEORY_BASED,
    /** Not evaluated and not yet described against a theory of change. */
    NOT_YET_EVALUATED
}
