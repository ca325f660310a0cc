package eu.csar.testsupport.audit;

import eu.csar.audit.application.AuditRecorder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** One audited append in a transaction of its own, as an audited business write makes it (minus the business row). */
@ApplicationScoped
public class AuditProbe {

    @Inject
    AuditRecorder recorder;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void append(int writer, int n) {
        recorder.success(ProbeAction.AUDIT_THROUGHPUT_PROBE, "w" + writer + "-" + n, "audit throughput probe");
    }
}
