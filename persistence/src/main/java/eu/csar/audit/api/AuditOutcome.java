package eu.csar.audit.api;

/** What became of an audited attempt. A refusal for the wrong tenant is recorded as NOT_FOUND, as the caller saw it. */
public enum AuditOutcome {
    SUCCESS,
    REFUSED,
    NOT_FOUND
}
