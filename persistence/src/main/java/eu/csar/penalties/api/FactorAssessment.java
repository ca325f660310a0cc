package eu.csar.penalties.api;

/**
 * How a circumstance of Art 35(6) weighs in a penalty case: it makes the penalty heavier, lighter,
 * does not change it, or does not apply to the case. Every factor the legal profile lists is
 * assessed before a decision.
 */
public enum FactorAssessment {
    AGGRAVATING,
    MITIGATING,
    NEUTRAL,
    NOT_APPLICABLE
}
