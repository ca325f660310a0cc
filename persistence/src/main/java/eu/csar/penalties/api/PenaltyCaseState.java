package eu.csar.penalties.api;

/**
 * Where a penalty case file stands (Art 35): OPEN while the Coordinating Authority of establishment
 * records the factors of Art 35(6) and the turnover; DECIDED once the penalty is decided within the
 * cap; CLOSED when the authority closes the decided file; WITHDRAWN when the case is dropped before a
 * decision.
 */
public enum PenaltyCaseState {
    OPEN,
    DECIDED,
    CLOSED,
    WITHDRAWN
}
