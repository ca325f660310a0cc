package eu.csar.legal.domain;

import eu.csar.audit.api.AuditAction;

/**
 * What the legal profiles record on the audit trail. Reading profiles is not audited: they are
 * published law, not personal or case data.
 */
public enum LegalAction implements AuditAction {
    /** A new version of a legal profile was imported (by a centre admin, or by the platform from the shipped files); or refused. */
    LEGAL_PROFILE_IMPORTED("LegalProfile");

    private final String objectType;

    LegalAction(String objectType) {
        this.objectType = objectType;
    }

    @Override
    public String objectType() {
        return objectType;
    }
}
