package eu.csar.transparency.application;

import eu.csar.transparency.api.FigureRow;
import eu.csar.transparency.api.PublicationState;
import eu.csar.transparency.api.ReportKind;
import eu.csar.transparency.domain.RemovalTimeHistogram;
import eu.csar.transparency.domain.Suppression;
import eu.csar.transparency.domain.TransparencyReport;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One version of a transparency report as its readers see it: the raw figures stay inside (the web
 * tier publishes them only through {@link #suppression()}), the removal-time statistics per provider
 * derived from the histogram, and for a correction the figures that differ from the previous version.
 */
public record TransparencyView(UUID id, ReportKind kind, String scope, int year, int version, PublicationState state,
                               String profileId, int profileVersion, Suppression suppression, LocalDate dueOn, String correctionNote,
                               Instant generatedAt, Instant publishedAt, List<FigureRow> figures, List<RemovalStats> removalTimes,
                               List<Change> changes) implements Serializable {

    /** The median and p90 (bucket upper bounds, minutes) and the over-deadline count of one provider's removals. */
    public record RemovalStats(UUID providerId, long removals, Long medianMinutes, Long p90Minutes, long overDeadline)
            implements Serializable {
    }

    /** A figure whose value differs from the previous version (0 where a version lacks the key). */
    public record Change(FigureRow row, long before, long after) implements Serializable {
    }

    static TransparencyView of(TransparencyReport r, List<FigureRow> figures, List<FigureRow> previous) {
        return new TransparencyView(r.id().value(), r.kind(), r.scope(), r.year(), r.version(), r.state(), r.profileId(),
                r.profileVersion(), new Suppression(r.suppressionThreshold()), r.dueOn(), r.correctionNote().orElse(null),
                r.generatedAt(), r.publishedAt().orElse(null), figures, removalTimes(figures), changes(previous, figures));
    }

    /** Per provider: the histogram rows summed over Member States, read as median and p90 (public for the benchmark). */
    public static List<RemovalStats> removalTimes(List<FigureRow> figures) {
        Map<UUID, Map<Integer, Long>> buckets = new TreeMap<>();
        Map<UUID, Long> over = new TreeMap<>();
        for (FigureRow f : figures) {
            if (f.providerId() == null) {
                continue;
            }
            switch (f.figure()) {
                case REMOVAL_TIME -> buckets.computeIfAbsent(f.providerId(), p -> new TreeMap<>())
                        .merge(Integer.parseInt(f.detail()), f.value(), Long::sum);
                case REMOVAL_OVER_DEADLINE -> over.merge(f.providerId(), f.value(), Long::sum);
                default -> { }
            }
        }
        List<RemovalStats> stats = new ArrayList<>();
        buckets.forEach((provider, b) -> {
            RemovalTimeHistogram h = new RemovalTimeHistogram(b);
            stats.add(new RemovalStats(provider, h.total(), h.medianMinutes().stream().boxed().findFirst().orElse(null),
                    h.p90Minutes().stream().boxed().findFirst().orElse(null), over.getOrDefault(provider, 0L)));
        });
        return stats;
    }

    static List<Change> changes(List<FigureRow> previous, List<FigureRow> now) {
        if (previous == null) {
            return List.of();
        }
        Map<String, FigureRow> before = new LinkedHashMap<>();
        previous.forEach(f -> before.put(f.key(), f));
        List<Change> changes = new ArrayList<>();
        for (FigureRow f : now) {
            FigureRow old = before.remove(f.key());
            if (old == null || old.value() != f.value()) {
                changes.add(new Change(f, old == null ? 0 : old.value(), f.value()));
            }
        }
        before.values().forEach(old -> changes.add(new Change(old, old.value(), 0)));
        return changes;
    }

    /** The figures of one kind, in the stored order. */
    public List<FigureRow> rows(eu.csar.transparency.api.Figure figure) {
        return figures.stream().filter(f -> f.figure() == figure).toList();
    }

    public TransparencyView {
        Objects.requireNonNull(id, "id");
        figures = List.copyOf(figures);
        removalTimes = List.copyOf(removalTimes);
        changes = List.copyOf(changes);
    }
}
