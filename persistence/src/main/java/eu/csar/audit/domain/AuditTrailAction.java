package eu.csar.audit.domain;

import eu.csar.audit.api.AuditAction;

/** What auditors do with the trail, itself recorded on the trail. */
public enum AuditTrailAction implements AuditAction {
    AUDIT_TRAIL_SEARCHED,
    AUDIT_CHAIN_VERIFIED,
    AUDIT_CHAIN_BROKEN;

    @Override
    public String objectType() {
        return "AuditTrail";
    }
}
