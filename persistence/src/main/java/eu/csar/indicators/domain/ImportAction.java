package eu.csar.indicators.domain;

import eu.csar.audit.api.AuditAction;

/**
 * What a bulk import of indicators records on the audit trail: the start (or its refusal), one
 * entry per chunk of lines staged by the job, the publication of the staged lines, and each read of
 * an import's progress or error report.
 */
public enum ImportAction implements AuditAction {
    /** A centre admin uploaded a file and started an import job; or was refused. */
    INDICATOR_IMPORT_STARTED,
    /** The job staged one chunk of lines (the object is the submission; the purpose names the lines). */
    INDICATOR_IMPORT_CHUNK_STAGED,
    /** The job moved every staged line into the indicator database, in one transaction. */
    INDICATOR_IMPORT_PUBLISHED,
    /** Somebody read an import's progress or its list of refused lines; or was refused. */
    INDICATOR_IMPORT_READ;

    @Override
    public String objectType() {
        return "IndicatorSubmission";
    }
}
