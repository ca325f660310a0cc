package eu.csar.indicators.api;

/** What a grant allows: matching through the API only, or also downloading the set (snapshots and deltas). */
public enum GrantAccess {
    MATCH,
    DOWNLOAD
}
