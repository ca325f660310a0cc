package eu.csar.transparency.domain;

import eu.csar.audit.api.AuditAction;

/** What transparency reports record on the audit trail (Art 83-84): every generation, publication and refusal. */
public enum TransparencyAction implements AuditAction {
    TRANSPARENCY_DRAFT_GENERATED,
    TRANSPARENCY_REPORT_PUBLISHED;

    @Override
    public String objectType() {
        return "TransparencyReport";
    }
}
