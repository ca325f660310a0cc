package eu.csar.reports.application;

import eu.csar.audit.application.AuditRecorder;
import eu.csar.detection.pdq.ImageDecodeException;
import eu.csar.detection.pdq.PdqFileHasher;
import eu.csar.detection.pdq.PdqHash;
import eu.csar.detection.pdq.PdqResult;
import eu.csar.indicators.api.IndicatorKind;
import eu.csar.indicators.api.KnownMaterialMatch;
import eu.csar.indicators.application.KnownMaterial;
import eu.csar.reports.api.EvidenceKind;
import eu.csar.reports.api.ReportId;
import eu.csar.reports.api.ReportState;
import eu.csar.reports.domain.EvidenceItem;
import eu.csar.reports.domain.Report;
import eu.csar.reports.domain.ReportAction;
import eu.csar.reports.domain.ReportRepository;
import eu.csar.reports.domain.TriageResult;
import eu.csar.reports.domain.TriageHit;
import eu.csar.reports.domain.TriageRepository;
import eu.csar.security.api.Roles;
import eu.csar.vault.api.RevealPurpose;
import eu.csar.vault.api.RevealedContent;
import eu.csar.vault.api.VaultItemId;
import eu.csar.vault.application.EvidenceVault;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.nio.file.Path;
import java.time.Clock;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The detection job of a finished report (issue 11 §2), run by the triage queue's consumer as the
 * platform's {@code system} role: content in the evidence vault is revealed for
 * {@link RevealPurpose#AUTOMATED_DETECTION} (audited by the vault) and PDQ-hashed; every hash, the
 * provider's and the computed ones, is matched against the ACTIVE indicators ({@link KnownMaterial})
 * and against other reports' evidence (the same digest, or a PDQ hash within
 * {@value PdqBands#RADIUS} bits, {@link PdqBands}), both ways: the earlier reports are this report's hits,
 * and a later report already triaged gains a hit naming this one ({@code REPORT_TRIAGE_AMENDED}), so the
 * order in which jobs run does not lose a pair; jobs with PDQ hashes within the radius of each other, or
 * with the same digest, take conflicting advisory locks first and run their lookups one after the other
 * (V62, {@link TriageLocks}). The result is one
 * {@link TriageResult} row with its hits, audited once ({@code REPORT_TRIAGED}). Then, where the legal profile allows it, a report whose
 * every evidence item matched a verified indicator is forwarded without a reviewer ({@link AutomaticForwarding}).
 *
 * <p>Idempotent: the triage row's key is the report's id and is looked for first in the same
 * transaction, so a redelivered or repeated job finds it and does nothing (no row, no audit entry,
 * no reveal, no second forward). A job that cannot run (the report does not exist or is still OPEN, an image that
 * cannot be decoded, the match index still loading) throws, the transaction rolls back and the
 * broker delivers it again, up to the queue's attempts, then it rests on the dead-letter queue.
 */
@Stateless
public class ReportTriage {

    static final String PURPOSE = "triage of a finished report (Art 12, 43)";
    static final String AMENDED = "triage of a finished report (Art 12, 43); seen before by the triage of earlier report ";
    /** At most this many earlier reports are named per hash: a widely repeated item needs no longer list. */
    static final int EARLIER_PER_HASH = 20;
    /** Media types the PDQ hasher reads; other content (video, unknown) is not hashed by triage yet. */
    static final Map<String, String> IMAGE_TYPES = Map.of("image/png", "png", "image/jpeg", "jpg", "image/gif", "gif",
            "image/webp", "webp");

    @Inject
    ReportRepository reports;

    @Inject
    TriageRepository triages;

    @Inject
    KnownMaterial knownMaterial;

    @Inject
    EvidenceVault vault;

    @Inject
    AuditRecorder audit;

    @Inject
    AutomaticForwarding automaticForwarding;

    @Inject
    Clock clock;

    /** One hash of the report's evidence, the provider's or computed here. */
    record Hash(int position, EvidenceKind kind, String hex, TriageHit.Source source) {
    }

    /**
     * Triages the report, once: returns true if this call did it, false if it was done already.
     *
     * @throws IllegalStateException if the report does not exist or is not finished: the job is poison
     */
    @RolesAllowed(Roles.SYSTEM)
    public boolean triage(@NotNull ReportId id, @NotBlank @Size(max = 100) String jobMessageId) {
        if (triages.exists(id.value())) {
            return false;
        }
        Report report = reports.findWithEvidence(id).orElseThrow(() -> new IllegalStateException("no report " + id));
        if (report.state() == ReportState.OPEN || report.finishedAt() == null) {
            throw new IllegalStateException("report " + id + " is not finished");
        }
        List<Hash> hashes = new ArrayList<>();
        int computed = 0;
        for (EvidenceItem item : report.evidence()) {
            hashes.add(new Hash(item.position(), item.kind(), item.value(), TriageHit.Source.PROVIDED));
            if (item.heldInVault() && IMAGE_TYPES.containsKey(item.mediaType()) && item.size() <= EvidenceVault.IN_MEMORY_BYTES) {
                hashes.add(new Hash(item.position(), EvidenceKind.PDQ, pdq(item).toHex(), TriageHit.Source.COMPUTED));
                computed++;
            }
        }
        List<TriageHit.Found> found = new ArrayList<>(known(hashes));
        TriageRepository.Seen seen = seenBefore(report, hashes);
        found.addAll(found(seen, hashes));
        for (Hash hash : hashes) {
            if (hash.kind() == EvidenceKind.PDQ) {
                long[] words = words(hash.hex());
                triages.addPdq(id.value(), hash.position(), hash.source(), words, PdqBands.keys(words), report.finishedAt());
            }
        }
        TriageResult triage = new TriageResult(report, jobMessageId, found, computed, clock.instant());
        triages.add(triage);
        audit.success(ReportAction.REPORT_TRIAGED, id, cut(PURPOSE + "; " + summary(triage, hashes.size()), 500));
        for (TriageRepository.Amended amended : triages.addToLater(id.value(), seen.later(), EARLIER_PER_HASH)) {
            audit.success(ReportAction.REPORT_TRIAGE_AMENDED, new ReportId(amended.reportId()), cut(AMENDED + id + " (finished before it,"
                    + " triaged after it): " + amended.hits() + " hit(s); seen before true; score " + amended.score(), 500));
        }
        automaticForwarding.consider(id, triage);
        return true;
    }

    /** Records a failed delivery of a job, in a transaction of its own so it outlives the job's rollback. */
    @RolesAllowed(Roles.SYSTEM)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(@NotBlank String jobMessageId, String reportId, @NotNull Throwable failure) {
        triages.recordFailure(cut(jobMessageId, 100), reportId == null ? null : cut(reportId, 100), cut(describe(failure), 500),
                clock.instant());
    }

    /** The innermost cause's class and message: what an operator needs, not the EJB container's wrappers. */
    static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private PdqHash pdq(EvidenceItem item) {
        RevealedContent content = vault.reveal(new VaultItemId(item.vaultItemId()), RevealPurpose.AUTOMATED_DETECTION);
        try (PdqFileHasher hasher = new PdqFileHasher()) {
            PdqResult result = hasher.hash(Path.of("evidence-" + item.position() + "." + IMAGE_TYPES.get(item.mediaType())),
                    content.content());
            return result.hash();
        } catch (ImageDecodeException e) {
            throw new IllegalStateException("evidence item " + item.position() + " (" + item.mediaType() + ") cannot be hashed: "
                    + e.getMessage(), e);
        }
    }

    private List<TriageHit.Found> known(List<Hash> hashes) {
        List<Map.Entry<IndicatorKind, String>> asked = new ArrayList<>(hashes.size());
        for (Hash hash : hashes) {
            asked.add(new AbstractMap.SimpleImmutableEntry<>(IndicatorKind.valueOf(hash.kind().name()), hash.hex()));
        }
        List<TriageHit.Found> found = new ArrayList<>();
        for (KnownMaterialMatch match : knownMaterial.match(asked)) {
            Hash hash = hashes.get(match.index());
            found.add(TriageHit.Found.known(hash.position(), hash.kind(), hash.source(), match.indicator().value(), match.distance()));
        }
        return found;
    }

    /**
     * The other reports holding any of {@code hashes}, earlier and later: one query for the whole report,
     * after the advisory locks of its hashes ({@link TriageLocks#locks}, one statement): a job triaging a
     * PDQ hash within {@value PdqBands#RADIUS} bits, or the same digest, at the same moment in another session
     * holds a conflicting lock, so one of the two waits until the other has committed and its lookup (a new
     * snapshot per statement) finds the other's rows: its PDQ rows, or its triage for a digest whose evidence
     * was committed after the other's lookup. Nothing before this step holds a lock such a waiting job
     * could need (reads, and the vault's audit appends, which take no shared lock).
     */
    private TriageRepository.Seen seenBefore(Report report, List<Hash> hashes) {
        List<TriageRepository.Probe> probes = new ArrayList<>(hashes.size());
        List<long[]> pdq = new ArrayList<>();
        List<String> digests = new ArrayList<>();
        for (Hash hash : hashes) {
            TriageRepository.Probe probe = probe(hash.kind(), hash.hex());
            probes.add(probe);
            if (hash.kind() == EvidenceKind.PDQ) {
                pdq.add(probe.words());
            } else {
                digests.add(hash.hex());
            }
        }
        TriageLocks.Locks locks = TriageLocks.locks(pdq, digests);
        triages.lock(locks.exclusive(), locks.shared());
        return triages.seenBefore(report.id().value(), report.finishedAt(), probes, PdqBands.RADIUS, EARLIER_PER_HASH);
    }

    /** The SEEN_BEFORE hits of the report: the earlier reports found for each of its hashes. */
    private static List<TriageHit.Found> found(TriageRepository.Seen seen, List<Hash> hashes) {
        List<TriageHit.Found> found = new ArrayList<>();
        seen.earlier().forEach((index, reports) -> {
            Hash hash = hashes.get(index);
            reports.forEach(e -> found.add(TriageHit.Found.seenBefore(hash.position(), hash.kind(), hash.source(), e.reportId(),
                    e.distance())));
        });
        return found;
    }

    /** The "seen before" probe of one hash: its band keys for a PDQ hash, the value for a digest. */
    static TriageRepository.Probe probe(EvidenceKind kind, String hex) {
        if (kind == EvidenceKind.PDQ) {
            long[] words = words(hex);
            return TriageRepository.Probe.pdq(words, PdqBands.probes(words));
        }
        return TriageRepository.Probe.digest(kind, hex);
    }

    static long[] words(String hex) {
        PdqHash hash = PdqHash.fromHex(hex);
        return new long[] {hash.word(0), hash.word(1), hash.word(2), hash.word(3)};
    }

    static String summary(TriageResult triage, int hashes) {
        Set<Object> indicators = new LinkedHashSet<>();
        triage.hits().stream().filter(h -> h.hit() == TriageHit.Kind.KNOWN).forEach(h -> indicators.add(h.indicatorId()));
        return hashes + " hash(es), " + triage.hashesComputed() + " computed; known " + triage.known() + " " + indicators
                + "; seen before " + triage.seenBefore() + " " + triage.earlierReports() + "; score " + triage.score();
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
