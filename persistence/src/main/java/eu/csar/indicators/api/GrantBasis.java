package eu.csar.indicators.api;

/**
 * The legal basis of a grant (Art 46): an issued detection order (COM-2022-209, with the order's
 * reference) or voluntary detection (COUNCIL-GA-2025). Which bases a case may use comes from the
 * legal profile ({@code detection.legal-bases}).
 */
public enum GrantBasis {
    DETECTION_ORDER,
    VOLUNTARY_DETECTION
}
