package eu.csar.reports.application;

import eu.csar.reports.api.HashProbe;
import eu.csar.reports.api.ReportTrace;
import eu.csar.reports.domain.ReportRepository;
import eu.csar.reports.domain.TriageRepository;
import eu.csar.shared.api.PublishedService;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Which reports held an item matching a survivor's hashes (Art 20), found the way triage finds
 * "seen before" ({@link TriageRepository#seenBefore}): the same digest in a report's evidence, or a
 * PDQ hash within {@value PdqBands#RADIUS} bits among the reports' provided and computed hashes; and
 * for each, only what the survivor may learn ({@link ReportTrace}).
 *
 * <p>Who may call: only the victims context's services, inside their transaction ({@code MANDATORY}),
 * after checking the survivor's victim-page session; the survivor has no account, so the method
 * permits every caller. The caller audits the read.
 */
@Stateless
@PublishedService
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ReportTraces {

    /** At most this many reports per hash. */
    static final int PER_HASH = 50;

    /** A report id no report has: the probes come from outside any report. */
    private static final UUID NO_REPORT = new UUID(0, 0);

    @Inject
    TriageRepository triages;

    @Inject
    ReportRepository reports;

    @Inject
    Clock clock;

    /** For each of {@code hashes} (same order), the finished reports that held a matching item, oldest first. */
    @PermitAll
    public List<List<ReportTrace>> traces(@NotNull List<HashProbe> hashes) {
        List<TriageRepository.Probe> probes = new ArrayList<>(hashes.size());
        for (HashProbe hash : hashes) {
            probes.add(ReportTriage.probe(hash.kind(), hash.hex()));
        }
        // every finished report counts, up to now and a margin for a clock a little behind the database's
        Map<Integer, List<TriageRepository.Earlier>> found = triages.seenBefore(NO_REPORT, clock.instant().plus(Duration.ofDays(1)),
                probes, PdqBands.RADIUS, PER_HASH).earlier();
        Set<UUID> ids = new LinkedHashSet<>();
        found.values().forEach(list -> list.forEach(e -> ids.add(e.reportId())));
        Map<UUID, ReportTrace> traces = reports.traces(ids);
        List<List<ReportTrace>> out = new ArrayList<>(hashes.size());
        for (int i = 0; i < hashes.size(); i++) {
            out.add(found.getOrDefault(i, List.of()).stream().map(e -> traces.get(e.reportId()))
                    .filter(Objects::nonNull)
                    .sorted(Comparator.comparing(ReportTrace::reportedAt)).toList());
        }
        return out;
    }
}
