package eu.csar.indicators.domain;

import eu.csar.audit.api.AuditAction;

/** What the indicator grants (Art 46) record on the audit trail: creation, revocation and the admins' list, refusals too. */
public enum GrantAction implements AuditAction {
    /** A centre admin (or the orders context) granted a provider access to an indicator set; or was refused. */
    INDICATOR_GRANT_CREATED("IndicatorGrant"),
    /** A grant was revoked before its end. */
    INDICATOR_GRANT_REVOKED("IndicatorGrant"),
    /** Grants were listed. */
    INDICATOR_GRANTS_READ("IndicatorGrant");

    private final String objectType;

    GrantAction(String objectType) {
        this.objectType = objectType;
    }

    @Override
    public String objectType() {
        return objectType;
    }
}
