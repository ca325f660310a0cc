package eu.csar.retention.domain;

import eu.csar.audit.api.AuditAction;

/** What retention records on the audit trail: one entry per executed batch, every extension, every read of the report. */
public enum RetentionAction implements AuditAction {
    /** The sweep deleted or anonymised one batch (rule, count, id range; never the data). */
    RETENTION_BATCH_EXECUTED("RetentionBatch"),
    /** An authority extended a case's retention (legal basis recorded). */
    RETENTION_EXTENDED("RetentionExtension"),
    /** A reviewer confirmed that a report's personal data are still necessary (the report review). */
    REPORT_PERSONAL_DATA_NECESSITY_CONFIRMED("Report"),
    /** The retention report (batches, rules, due reviews) was read. */
    RETENTION_REPORT_READ("RetentionBatch");

    private final String objectType;

    RetentionAction(String objectType) {
        this.objectType = objectType;
    }

    @Override
    public String objectType() {
        return objectType;
    }
}
