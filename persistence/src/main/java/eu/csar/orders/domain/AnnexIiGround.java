package eu.csar.orders.domain;

/**
 * Why a provider cannot execute a detection order, as it says in its Annex II answer (Art 8(3)):
 * the order contains manifest errors, or it does not contain enough information to be executed. In
 * both cases the provider asks the Coordinating Authority of establishment for clarification.
 */
public enum AnnexIiGround {
    /** The order contains manifest errors. */
    MANIFEST_ERRORS,
    /** The order does not contain sufficient information for its execution. */
    INSUFFICIENT_INFORMATION
}
