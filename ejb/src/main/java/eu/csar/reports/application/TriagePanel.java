package eu.csar.reports.application;

import eu.csar.indicators.api.IndicatorProvenance;
import eu.csar.reports.api.EvidenceKind;
import eu.csar.reports.api.ReportId;
import eu.csar.reports.api.ReportState;
import eu.csar.reports.domain.EvidenceItem;
import eu.csar.reports.domain.ReportRepository;
import eu.csar.reports.domain.TriageHit;
import eu.csar.reports.domain.TriageResult;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What triage found for a report, as the review desk's triage panel shows it to a Centre reviewer
 * (issue 11 §3): not triaged yet, or when, the score and the two findings; per evidence item the
 * hash the provider gave and the PDQ hash triage computed from content in the vault, the ACTIVE
 * indicators it matched with their provenance ({@link IndicatorProvenance}), and the earlier reports
 * that hold the same item, with their state, finished time and distance. Part of opening the report
 * on the desk; never shown to providers.
 */
public record TriagePanel(boolean triaged, Instant completedAt, int score, boolean known, boolean seenBefore,
                          List<Item> items) implements Serializable {

    /** The panel of a report triage has not reached yet. */
    public static final TriagePanel NOT_YET = new TriagePanel(false, null, 0, false, false, List.of());

    /** One evidence item: its hashes and what they matched. {@code computedPdq} is null when triage hashed no content. */
    public record Item(int position, EvidenceKind kind, String providedHash, String computedPdq, List<Known> known,
                       List<Earlier> earlier) implements Serializable {

        public boolean hasHits() {
            return !known.isEmpty() || !earlier.isEmpty();
        }
    }

    /**
     * A matched ACTIVE indicator (at triage time), through the provided or the computed hash;
     * {@code indicator} is null when the indicator no longer exists.
     */
    public record Known(EvidenceKind hashKind, TriageHit.Source source, int distance, UUID indicatorId,
                        IndicatorProvenance indicator) implements Serializable {
    }

    /** An earlier report with the same item; {@code state} and {@code finishedAt} are null when it no longer exists. */
    public record Earlier(EvidenceKind hashKind, TriageHit.Source source, int distance, ReportId report, ReportState state,
                          Instant finishedAt) implements Serializable {
    }

    /**
     * The panel of {@code triage} (null: not triaged yet) over the report's {@code evidence}, with the
     * computed PDQ hashes by position, the indicators read from the indicators context and the earlier
     * reports named by the hits.
     */
    static TriagePanel of(TriageResult triage, List<EvidenceItem> evidence, Map<Integer, String> computedPdq,
                          List<IndicatorProvenance> indicators, List<ReportRepository.Earlier> earlier) {
        if (triage == null) {
            return NOT_YET;
        }
        Map<UUID, IndicatorProvenance> byIndicator = indicators.stream()
                .collect(Collectors.toMap(i -> i.id().value(), Function.identity(), (a, b) -> a));
        Map<UUID, ReportRepository.Earlier> byReport = earlier.stream()
                .collect(Collectors.toMap(e -> e.id().value(), Function.identity(), (a, b) -> a));
        List<Item> items = new ArrayList<>(evidence.size());
        for (EvidenceItem e : evidence) {
            List<Known> known = new ArrayList<>();
            List<Earlier> before = new ArrayList<>();
            for (TriageHit hit : triage.hits()) {
                if (hit.position() != e.position()) {
                    continue;
                }
                if (hit.hit() == TriageHit.Kind.KNOWN) {
                    known.add(new Known(hit.hashKind(), hit.source(), hit.distance(), hit.indicatorId(),
                            byIndicator.get(hit.indicatorId())));
                } else {
                    ReportRepository.Earlier r = byReport.get(hit.earlierReportId());
                    before.add(new Earlier(hit.hashKind(), hit.source(), hit.distance(), new ReportId(hit.earlierReportId()),
                            r == null ? null : r.state(), r == null ? null : r.finishedAt()));
                }
            }
            items.add(new Item(e.position(), e.kind(), e.value(), computedPdq.get(e.position()), List.copyOf(known),
                    List.copyOf(before)));
        }
        return new TriagePanel(true, triage.completedAt(), triage.score(), triage.known(), triage.seenBefore(), List.copyOf(items));
    }
}
