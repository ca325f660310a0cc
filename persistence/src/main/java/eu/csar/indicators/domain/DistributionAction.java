package eu.csar.indicators.domain;

import eu.csar.audit.api.AuditAction;

/**
 * What the distribution of indicator sets (issue 9, Art 46) records on the audit trail: every page
 * a provider downloads, and every refused download. The object is the indicator set.
 */
public enum DistributionAction implements AuditAction {
    /** A page of a set's snapshot was downloaded; the purpose names set, version and page. */
    INDICATOR_SNAPSHOT_DOWNLOADED,
    /** A page of a set's changes since a version was downloaded; the purpose names set, versions and page. */
    INDICATOR_CHANGES_DOWNLOADED;

    @Override
    public String objectType() {
        return "IndicatorSet";
    }
}
