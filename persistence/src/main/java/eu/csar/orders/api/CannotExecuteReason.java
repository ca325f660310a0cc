package eu.csar.orders.api;

/**
 * Why a provider cannot execute a removal order (Annex V): force majeure or de facto impossibility
 * not attributable to it (Art 14(5)), or the order needs clarification (Art 14(6)). Each pauses the
 * execution clock until the issuing authority answers; the codes are those of the legal profile's
 * {@code removal-order.execution-pauses}.
 */
public enum CannotExecuteReason {
    FORCE_MAJEURE,
    DE_FACTO_IMPOSSIBILITY,
    CLARIFICATION_REQUESTED
}
