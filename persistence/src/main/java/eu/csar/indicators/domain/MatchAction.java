package eu.csar.indicators.domain;

import eu.csar.audit.api.AuditAction;

/** What match as a service (Art 10, 50) records on the audit trail: one entry per match call, and the false-positive flags. */
public enum MatchAction implements AuditAction {
    /** A provider matched a batch of hashes (one entry per call: grants, hashes, matches); or was refused. */
    INDICATOR_BATCH_MATCHED("IndicatorMatch"),
    /** A provider flagged a match as a false positive; or was refused (no live grant: 404). */
    INDICATOR_FLAGGED_FALSE_POSITIVE("Indicator"),
    /** A flag was resolved by the move that settled its indicator (confirmed or retired). */
    INDICATOR_FLAG_RESOLVED("Indicator"),
    /** Reviewers read the open flags. */
    INDICATOR_FLAGS_READ("Indicator"),
    /** The flood rule quarantined an indicator whose matches jumped far above its own baseline. */
    INDICATOR_FLOOD_QUARANTINED("Indicator");

    private final String objectType;

    MatchAction(String objectType) {
        this.objectType = objectType;
    }

    @Override
    public String objectType() {
        return objectType;
    }
}
