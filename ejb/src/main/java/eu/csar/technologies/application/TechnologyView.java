package eu.csar.technologies.application;

import eu.csar.technologies.api.TechnologyId;
import eu.csar.technologies.api.TechnologyState;
import eu.csar.technologies.api.TechnologyType;
import eu.csar.technologies.domain.Technology;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An entry of the technology register as the Centre's staff read it, detached from the entity: what
 * it describes (with the internal notes), the awaited opinion's due time, both opinions once given,
 * the moves the approval path allows now, the history, and the versions it succeeds and that succeed it.
 */
public record TechnologyView(TechnologyId id, long version, String reference, String name, String technologyVersion,
                             TechnologyType type, String supplier, String description, BigDecimal falsePositiveRate,
                             BigDecimal falseNegativeRate, String errorRateMethod, String internalNotes, String profile,
                             TechnologyState state, List<String> possibleEvents, String createdBy, Instant createdAt,
                             Instant opinionRequestedAt, Instant opinionDueAt, boolean opinionExtended, boolean opinionOverdue,
                             Opinion committeeOpinion, Opinion edpbOpinion, Instant approvedAt, List<HistoryRow> history,
                             Version predecessor, List<Version> successors)
        implements Serializable {

    /** Another version of the same technology: the entry it succeeds, or one that succeeds it. */
    public record Version(TechnologyId id, String reference, String technologyVersion, TechnologyState state) implements Serializable {

        static Version of(Technology t) {
            return new Version(t.id(), t.reference(), t.technologyVersion(), t.state());
        }
    }

    /** An opinion as recorded: its date, whether favourable, its reference. */
    public record Opinion(LocalDate date, boolean favourable, String reference) implements Serializable {
    }

    public record HistoryRow(TechnologyState from, String event, TechnologyState to, Instant at, String actor, String reason,
                             String legalBasis) implements Serializable {
    }

    static TechnologyView of(Technology t) {
        return of(t, null, List.of());
    }

    /** With the versions it succeeds and that succeed it. */
    static TechnologyView of(Technology t, Technology predecessor, List<Technology> successors) {
        return new TechnologyView(t.id(), t.version(), t.reference(), t.name(), t.technologyVersion(), t.type(), t.supplier(),
                t.description(), t.falsePositiveRate(), t.falseNegativeRate(), t.errorRateMethod(), t.internalNotes(),
                t.profile().toString(), t.state(), t.possibleEvents().stream().map(Enum::name).sorted().toList(), t.createdBy(),
                t.createdAt(), t.opinionRequestedAt(), t.opinionDueAt(), t.opinionExtended(), t.opinionOverdue(),
                t.committeeOpinionDate() == null ? null
                        : new Opinion(t.committeeOpinionDate(), t.committeeFavourable(), t.committeeReference()),
                t.edpbOpinionDate() == null ? null : new Opinion(t.edpbOpinionDate(), t.edpbFavourable(), t.edpbReference()),
                t.approvedAt(),
                t.history().stream().map(h -> new HistoryRow(h.fromState().orElse(null), h.event(), h.toState(), h.occurredAt(),
                        h.actor(), h.reason(), h.legalBasis())).toList(),
                predecessor == null ? null : Version.of(predecessor), successors.stream().map(Version::of).toList());
    }

    /** A line of the register's list. */
    public record Summary(TechnologyId id, String reference, String name, String technologyVersion, TechnologyType type,
                          TechnologyState state, Instant opinionDueAt, boolean opinionOverdue) implements Serializable {

        static Summary of(Technology t) {
            return new Summary(t.id(), t.reference(), t.name(), t.technologyVersion(), t.type(), t.state(), t.opinionDueAt(),
                    t.opinionOverdue());
        }
    }

    /** One page of the list, by reference. */
    public record Page(List<Summary> items, int page, int size, long total) implements Serializable {
    }
}
