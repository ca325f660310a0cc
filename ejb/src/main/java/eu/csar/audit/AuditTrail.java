package eu.csar.audit;

import eu.csar.security.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What auditors do with the trail: browse and filter it, and verify its chain. Both are reads of
 * protected data and are themselves recorded.
 */
@Stateless
public class AuditTrail {

    private static final int VERIFY_BATCH = 2000;

    @Inject
    AuditRepository repository;

    @Inject
    AuditRecorder recorder;

    @Inject
    Clock clock;

    public record Page(List<AuditEntry> entries, long total) {
    }

    @RolesAllowed(Roles.CENTRE_AUDITOR)
    public Page search(@NotNull @Valid AuditSearch search) {
        Page page = new Page(repository.search(search), repository.count(search));
        recorder.success("AUDIT_TRAIL_SEARCH", "AuditTrail", null, "audit review");
        return page;
    }

    @RolesAllowed(Roles.CENTRE_AUDITOR)
    public ChainVerification verify() {
        Instant at = clock.instant();
        AuditChainHead head = repository.head();
        ChainWalker walker = new ChainWalker();
        List<AuditEntry> batch;
        do {
            batch = repository.chainBetween(walker.lastSeq(), head.lastSeq(), VERIFY_BATCH);
            repository.forget();
        } while (walker.accept(batch, at) && batch.size() == VERIFY_BATCH);
        ChainVerification result = walker.finish(head, at);
        recorder.success(result.intact() ? "AUDIT_CHAIN_VERIFIED" : "AUDIT_CHAIN_BROKEN", "AuditTrail",
                result.firstBrokenSeq(), "audit chain verification");
        return result;
    }
}
