package eu.csar.indicators.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csar.audit.api.AuditAction;
import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.detection.distribution.IndicatorPage;
import eu.csar.detection.distribution.Manifest;
import eu.csar.detection.distribution.ManifestVerifier;
import eu.csar.indicators.api.GrantAccess;
import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.indicators.domain.DistributionAction;
import eu.csar.indicators.domain.IndicatorDistributionRepository;
import eu.csar.security.api.Caller;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.UnknownObjectException;
import com.nimbusds.jose.jwk.JWKSet;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service's rules with the database and audit trail replaced by fakes (the real ones: IndicatorDistributionIT). */
class IndicatorDistributionTest {

    static final Instant NOW = Instant.parse("2026-12-02T01:00:00Z");
    static final ProviderId ALPHA = ProviderId.random();
    static final IndicatorDistributionRepository.SetRef SET = new IndicatorDistributionRepository.SetRef(
            IndicatorSetId.random(), "known-images", Optional.empty());

    record Audited(AuditAction action, Object objectId, String purpose, AuditOutcome outcome) {
    }

    final List<Audited> audited = new ArrayList<>();
    final List<IndicatorDistributionRepository.Row> rows = new ArrayList<>();
    final List<String> queries = new ArrayList<>();
    Optional<ProviderId> provider = Optional.of(ALPHA);
    boolean granted = true;
    IndicatorDistribution service;

    @BeforeEach
    void wire(@TempDir Path dir) {
        System.setProperty(IndicatorSigningKeys.PATH_PROPERTY, dir.resolve("k.p12").toString());
        service = new IndicatorDistribution();
        service.keys = new IndicatorSigningKeys();
        service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        service.caller = new Caller() {
            public String name() { return "alpha"; }
            public boolean isAuthenticated() { return true; }
            public Set<String> roles() { return Set.of("provider"); }
            public Set<MemberState> memberStates() { return Set.of(); }
            public Optional<ProviderId> providerId() { return provider; }
        };
        service.audit = new AuditRecorder() {
            @Override
            public UUID success(AuditAction action, Object objectId, String purpose) {
                audited.add(new Audited(action, objectId, purpose, AuditOutcome.SUCCESS));
                return UUID.randomUUID();
            }

            @Override
            public UUID refusal(AuditAction action, Object objectId, String purpose, AuditOutcome outcome) {
                audited.add(new Audited(action, objectId, purpose, outcome));
                return UUID.randomUUID();
            }
        };
        service.grants = new IndicatorGrants() {
            @Override
            public Set<IndicatorSetId> liveSets(ProviderId p, GrantAccess access) {
                assertEquals(GrantAccess.DOWNLOAD, access, "distribution needs a DOWNLOAD grant");
                return granted && p.equals(ALPHA) ? Set.of(SET.id()) : Set.of();
            }
        };
        service.repository = new IndicatorDistributionRepository() {
            @Override
            public Optional<SetRef> setByCode(String code) {
                return code.equals(SET.code()) ? Optional.of(SET) : Optional.empty();
            }

            @Override
            public long currentVersion() {
                return 40;
            }

            @Override
            public List<Row> page(SetRef set, long from, long to, boolean addsOnly, long offset, int limit) {
                queries.add(from + ".." + to + (addsOnly ? " adds" : " all") + " @" + offset + "+" + limit);
                return rows.subList((int) Math.min(offset, rows.size()), (int) Math.min(offset + limit + 1, rows.size()));
            }
        };
    }

    @AfterEach
    void clear() {
        System.clearProperty(IndicatorSigningKeys.PATH_PROPERTY);
    }

    static IndicatorDistributionRepository.Row row(boolean added) {
        return new IndicatorDistributionRepository.Row(UUID.randomUUID(), "PDQ", "a".repeat(64), 90, added);
    }

    Manifest verify(SignedPage page) throws Exception {
        return ManifestVerifier.pinned(service.signingKeys(), service.signingKeyFingerprint()).verify(page.manifest(), page.body());
    }

    @Test
    void aSnapshotIsPagedSignedAndAuditedPerPage() throws Exception {
        rows.add(row(true));
        rows.add(row(true));
        rows.add(row(true));

        SignedPage first = service.snapshot("known-images", null, 0, 2);
        Manifest m = verify(first);
        assertEquals(new Manifest("known-images", 0, 40, 0, 2, false, m.sha256(), NOW), m);
        assertFalse(first.last());
        assertEquals(40, first.toVersion());
        SignedPage second = service.snapshot("known-images", 40L, 1, 2);
        assertTrue(second.last());
        assertEquals(1, IndicatorPage.parse(second.body()).adds().size());
        assertEquals(List.of("0..40 adds @0+2", "0..40 adds @2+2"), queries);
        assertEquals(List.of(new Audited(DistributionAction.INDICATOR_SNAPSHOT_DOWNLOADED, SET.id(),
                        "set known-images snapshot at version 40, page 0, 2 entries", AuditOutcome.SUCCESS),
                new Audited(DistributionAction.INDICATOR_SNAPSHOT_DOWNLOADED, SET.id(),
                        "set known-images snapshot at version 40, page 1, 1 entries", AuditOutcome.SUCCESS)), audited);
        assertTrue(service.signingKeyIsDemo());
        assertEquals(1, JWKSet.parse(service.signingKeys()).getKeys().size());
    }

    @Test
    void aDeltaCarriesAddsAndRemovalsAndItsVersionsAreBounded() throws Exception {
        rows.add(row(true));
        rows.add(row(false));
        SignedPage delta = service.changes("known-images", 30, 99L, 0, 1000);
        IndicatorPage page = IndicatorPage.parse(delta.body());
        assertEquals(1, page.adds().size());
        assertEquals(1, page.removes().size());
        assertEquals(rows.get(1).id().toString(), page.removes().get(0).id());
        assertEquals(30, verify(delta).fromVersion());
        assertEquals(40, delta.toVersion(), "'to' above the current version is lowered to it");
        assertEquals("set known-images changes 30..40, page 0, 2 entries", audited.get(0).purpose());

        SignedPage ahead = service.changes("known-images", 50, null, 0, 0);
        assertEquals(50, ahead.toVersion(), "a client ahead of the feed gets an empty page at its own version");
        assertEquals("50..50 all @0+1", queries.get(1), "the page size is at least 1");
        service.changes("known-images", 0, 10L, 1_000_000, 1_000_000);
        assertEquals("0..10 all @" + 10_000_000_000L + "+" + IndicatorDistribution.MAX_PAGE_SIZE, queries.get(2), "no int overflow");
    }

    @Test
    void withoutALiveGrantOrAProviderOrASetTheAnswerIs404AndTheRefusalIsAudited() {
        granted = false;
        UnknownObjectException e = assertThrows(UnknownObjectException.class, () -> service.snapshot("known-images", null, 0, 10));
        assertEquals("IndicatorSet", e.objectType());
        assertEquals(new Audited(DistributionAction.INDICATOR_SNAPSHOT_DOWNLOADED, SET.id(), "set known-images: no live download grant",
                AuditOutcome.NOT_FOUND), audited.get(0));
        granted = true;
        assertThrows(UnknownObjectException.class, () -> service.changes("nope", 0, null, 0, 10));
        assertEquals(new Audited(DistributionAction.INDICATOR_CHANGES_DOWNLOADED, null, "set nope: no live download grant",
                AuditOutcome.NOT_FOUND), audited.get(1));
        provider = Optional.empty();
        assertThrows(UnknownObjectException.class, () -> service.changes("known-images", 0, null, 0, 10));
        assertEquals(3, audited.size());
        assertTrue(queries.isEmpty(), "nothing read for a refused caller");
    }

    @Test
    void theActionsAreRecordedAgainstTheSet() {
        assertEquals("IndicatorSet", DistributionAction.INDICATOR_CHANGES_DOWNLOADED.objectType());
        assertEquals("IndicatorSet", DistributionAction.INDICATOR_SNAPSHOT_DOWNLOADED.objectType());
    }
}
