package eu.csar.indicators.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.detection.distribution.IndicatorPage;
import eu.csar.indicators.api.GrantAccess;
import eu.csar.indicators.domain.DistributionAction;
import eu.csar.indicators.domain.IndicatorDistributionRepository;
import eu.csar.indicators.domain.IndicatorDistributionRepository.Row;
import eu.csar.indicators.domain.IndicatorDistributionRepository.SetRef;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.UnknownObjectException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Signed distribution of indicator sets (Art 46) to providers allowed to hold them: a live grant
 * with access DOWNLOAD on the set (or its parent) at the platform clock's now. The version is the
 * change feed's seq: a snapshot at version V holds the set's indicators whose last change up to V
 * is an ADD; the delta from N to V holds each indicator whose last change in (N, V] is an ADD (an
 * add) or a REMOVE (a removal). Pages are cut in indicator order; the first page fixes V, and the
 * client passes it as {@code to} for the next pages. Every page is signed (see
 * {@link IndicatorSigningKeys}) and audited; a refusal is a 404 that reveals nothing of the set.
 */
@Stateless
public class IndicatorDistribution {

    /** Entries per page unless the caller asks for fewer or more. */
    public static final int DEFAULT_PAGE_SIZE = 1000;
    /** The most entries one page holds. */
    public static final int MAX_PAGE_SIZE = 10_000;

    @Inject
    IndicatorDistributionRepository repository;

    @Inject
    IndicatorSigningKeys keys;

    @Inject
    IndicatorGrants grants;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** A page of the set's snapshot at version {@code to} (now's version if null). */
    @RolesAllowed(Roles.PROVIDER)
    public SignedPage snapshot(String setCode, Long to, int page, int pageSize) {
        return page(DistributionAction.INDICATOR_SNAPSHOT_DOWNLOADED, setCode, 0, to, page, pageSize);
    }

    /** A page of the set's changes since version {@code since} up to {@code to} (now's version if null). */
    @RolesAllowed(Roles.PROVIDER)
    public SignedPage changes(String setCode, long since, Long to, int page, int pageSize) {
        return page(DistributionAction.INDICATOR_CHANGES_DOWNLOADED, setCode, since, to, page, pageSize);
    }

    /** The public keys that verify manifests (JWKS): the current key, and the previous one after a rotation. */
    @PermitAll
    public String signingKeys() {
        return keys.jwks();
    }

    /** The current signing key's fingerprint (RFC 7638 thumbprint) that the public register shows. */
    @PermitAll
    public String signingKeyFingerprint() {
        return keys.currentFingerprint();
    }

    /** Whether the current signing key is the demonstration key the platform generated itself. */
    @PermitAll
    public boolean signingKeyIsDemo() {
        return keys.currentIsDemo();
    }

    private SignedPage page(DistributionAction action, String setCode, long since, Long to, int page, int pageSize) {
        SetRef set = allowedSet(action, setCode);
        int size = Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE));
        long current = repository.currentVersion();
        long version = Math.max(since, to == null ? current : Math.min(to, current));
        boolean snapshot = action == DistributionAction.INDICATOR_SNAPSHOT_DOWNLOADED;
        List<Row> rows = repository.page(set, since, version, snapshot, (long) page * size, size);
        boolean last = rows.size() <= size;
        List<IndicatorPage.Entry> adds = new ArrayList<>();
        List<IndicatorPage.Entry> removes = new ArrayList<>();
        for (Row r : rows.subList(0, Math.min(rows.size(), size))) {
            if (r.added()) {
                adds.add(new IndicatorPage.Entry(r.id().toString(), r.kind(), r.value(), r.quality()));
            } else {
                removes.add(new IndicatorPage.Entry(r.id().toString(), r.kind(), r.value(), null));
            }
        }
        IndicatorPage body = new IndicatorPage(set.code(), since, version, page, last, adds, removes);
        byte[] bytes = body.toBytes();
        Instant now = clock.instant();
        String manifest = keys.signer().sign(body.manifest(bytes, now));
        audit.success(action, set.id(), "set " + set.code() + (snapshot ? " snapshot at version " + version
                : " changes " + since + ".." + version) + ", page " + page + ", " + body.count() + " entries");
        return new SignedPage(bytes, manifest, version, last);
    }

    /** The set, if the calling provider holds a live DOWNLOAD grant on it; else an audited 404. */
    private SetRef allowedSet(DistributionAction action, String setCode) {
        Optional<ProviderId> provider = caller.providerId();
        Optional<SetRef> set = repository.setByCode(setCode);
        if (provider.isEmpty() || set.isEmpty()
                || !grants.liveSets(provider.get(), GrantAccess.DOWNLOAD).contains(set.get().id())) {
            audit.refusal(action, set.map(SetRef::id).orElse(null), "set " + setCode + ": no live download grant",
                    AuditOutcome.NOT_FOUND);
            throw new UnknownObjectException("IndicatorSet", setCode);
        }
        return set.get();
    }
}
