package eu.csar.audit.domain;

import eu.csar.audit.api.AuditAction;

import java.util.List;

/** What auditors do with the trail, itself recorded on the trail. */
public enum AuditTrailAction implements AuditAction {
    AUDIT_TRAIL_SEARCHED,
    AUDIT_CHAIN_VERIFIED,
    AUDIT_CHAIN_BROKEN;

    /** Reads of the trail an auditor may hide from their own view; a broken chain is never hidden. */
    public static final List<String> READS = List.of(AUDIT_TRAIL_SEARCHED.name(), AUDIT_CHAIN_VERIFIED.name());

    @Override
    public String objectType() {
        return "AuditTrail";
    }
}
