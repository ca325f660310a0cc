package eu.csar.testsupport.audit;

import eu.csar.audit.api.AuditAction;

/** The one action the throughput probe records: a test-only entry, never written by the platform itself. */
public enum ProbeAction implements AuditAction {
    AUDIT_THROUGHPUT_PROBE;

    @Override
    public String objectType() {
        return "AuditProbe";
    }
}
