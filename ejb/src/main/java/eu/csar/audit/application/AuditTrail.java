package eu.csar.audit.application;

import eu.csar.audit.domain.AuditChainHead;
import eu.csar.audit.domain.AuditRepository;
import eu.csar.audit.domain.AuditSearch;
import eu.csar.audit.domain.ChainLink;
import eu.csar.audit.domain.AuditTrailAction;
import eu.csar.audit.domain.ChainVerification;
import eu.csar.audit.domain.ChainWalker;
import eu.csar.security.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What auditors do with the trail: browse and filter it, and verify its chain. Both are reads of
 * protected data and are themselves recorded.
 */
@Stateless
public class AuditTrail {

    private static final int VERIFY_BATCH = 2000;

    /**
     * How long a written entry may wait for the chainer before verification warns: the chainer runs
     * every 200 ms, so a minute means it has stopped. An operational limit, not a legal duration.
     */
    static final Duration UNSEALED_TOLERANCE = Duration.ofMinutes(1);

    @Inject
    AuditRepository repository;

    @Inject
    AuditRecorder recorder;

    @Inject
    Clock clock;

    /** One page of a search and the total number of matching entries. */
    public record Page(List<AuditEntryView> entries, long total) implements Serializable {
    }

    @RolesAllowed(Roles.CENTRE_AUDITOR)
    public Page search(@NotNull @Valid AuditSearch search) {
        Page page = new Page(repository.search(search).stream().map(AuditEntryView::of).toList(), repository.count(search));
        recorder.success(AuditTrailAction.AUDIT_TRAIL_SEARCHED, null, "audit review");
        return page;
    }

    /** The same search without the caller's own reads of the trail ({@link AuditTrailAction#READS}). */
    @RolesAllowed(Roles.CENTRE_AUDITOR)
    public Page searchWithoutOwnReads(@NotNull @Valid AuditSearch search) {
        return search(search.hidingTrailReadsOf(recorder.actorName()));
    }

    /**
     * Walks the chain up to the head read first, then counts the entries still waiting to be sealed:
     * one that has waited longer than {@link #UNSEALED_TOLERANCE} is a warning (the chainer stopped).
     */
    @RolesAllowed(Roles.CENTRE_AUDITOR)
    public ChainVerification verify() {
        Instant at = clock.instant();
        AuditChainHead head = repository.head();
        ChainWalker walker = new ChainWalker();
        List<? extends ChainLink> batch;
        do {
            batch = repository.chainBetween(walker.lastSeq(), head.lastSeq(), VERIFY_BATCH);
            repository.forget();
        } while (walker.accept(batch, at) && !batch.isEmpty());
        AuditRepository.Unsealed unsealed = repository.unsealed();
        ChainVerification result = walker.finish(head, at).withUnsealed(unsealed.count(), unsealed.oldest(), UNSEALED_TOLERANCE);
        recorder.success(result.intact() ? AuditTrailAction.AUDIT_CHAIN_VERIFIED : AuditTrailAction.AUDIT_CHAIN_BROKEN,
                result.firstBrokenSeq(), "audit chain verification");
        return result;
    }
}
