package eu.csar.web.technologies.rest;

import eu.csar.technologies.api.ApprovedTechnology;
import eu.csar.technologies.application.TechnologyView;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An entry of the technology register (Art 50) as the Centre's staff see it over the API: ids and
 * codes as strings, times as UTC instants, dates as ISO dates, rates in percent; {@code opinionDueAt}
 * while an opinion is awaited; each opinion null until recorded; {@code predecessor} the version this
 * one succeeds (null for a first version), {@code successors} the versions that name it.
 */
public record TechnologyDto(String id, long version, String reference, String name, String technologyVersion, String type,
                            String supplier, String description, BigDecimal falsePositiveRate, BigDecimal falseNegativeRate,
                            String errorRateMethod, String internalNotes, String profile, String state,
                            List<String> possibleEvents, String createdBy, String createdAt, String opinionRequestedAt,
                            String opinionDueAt, boolean opinionExtended, boolean opinionOverdue, Opinion committeeOpinion,
                            Opinion edpbOpinion, String approvedAt, List<HistoryRow> history, Version predecessor,
                            List<Version> successors) {

    /** Another version of the same technology: the entry this one succeeds, or one that succeeds it. */
    public record Version(String id, String reference, String version, String state) {

        static Version of(TechnologyView.Version v) {
            return v == null ? null : new Version(v.id().toString(), v.reference(), v.technologyVersion(), v.state().name());
        }
    }

    public record Opinion(String date, boolean favourable, String reference) {
    }

    public record HistoryRow(String from, String event, String to, String at, String actor, String reason, String legalBasis) {
    }

    static TechnologyDto of(TechnologyView v) {
        return new TechnologyDto(v.id().toString(), v.version(), v.reference(), v.name(), v.technologyVersion(), v.type().name(),
                v.supplier(), v.description(), v.falsePositiveRate(), v.falseNegativeRate(), v.errorRateMethod(), v.internalNotes(),
                v.profile(), v.state().name(), v.possibleEvents(), v.createdBy(), instant(v.createdAt()),
                instant(v.opinionRequestedAt()), instant(v.opinionDueAt()), v.opinionExtended(), v.opinionOverdue(),
                opinion(v.committeeOpinion()), opinion(v.edpbOpinion()), instant(v.approvedAt()),
                v.history().stream().map(h -> new HistoryRow(h.from() == null ? null : h.from().name(), h.event(), h.to().name(),
                        instant(h.at()), h.actor(), h.reason(), h.legalBasis())).toList(),
                Version.of(v.predecessor()), v.successors().stream().map(Version::of).toList());
    }

    private static Opinion opinion(TechnologyView.Opinion o) {
        return o == null ? null : new Opinion(o.date().toString(), o.favourable(), o.reference());
    }

    static String instant(Instant at) {
        return at == null ? null : at.toString();
    }

    /** An APPROVED entry as providers and authorities see it: no internal notes, no opinion references. */
    public record Approved(String id, String reference, String name, String version, String type, String supplier,
                           String description, BigDecimal falsePositiveRate, BigDecimal falseNegativeRate,
                           String errorRateMethod, String approvedAt) {

        static Approved of(ApprovedTechnology a) {
            return new Approved(a.id().toString(), a.reference(), a.name(), a.version(), a.type().name(), a.supplier(),
                    a.description(), a.falsePositiveRate(), a.falseNegativeRate(), a.errorRateMethod(), instant(a.approvedAt()));
        }
    }
}
