package eu.csar.audit.application;

import eu.csar.audit.domain.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * One batch of sealing in a transaction of its own (see {@link AuditRepository#sealNextBatch}).
 * The chainer calls it; it records nothing on the trail about itself.
 */
@ApplicationScoped
public class AuditSealer {

    @Inject
    AuditRepository repository;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int sealNextBatch() {
        return repository.sealNextBatch(clock);
    }
}
