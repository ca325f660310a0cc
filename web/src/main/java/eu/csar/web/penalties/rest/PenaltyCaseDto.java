package eu.csar.web.penalties.rest;

import eu.csar.penalties.application.PenaltyCaseView;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A penalty case file (Art 35) as the API shows it: ids and codes as strings, times as UTC instants,
 * amounts in euro; {@code factors} lists every factor of the case's profile version ({@code assessment}
 * null while not assessed), {@code decision} is null until decided and then carries the calculator's
 * {@code steps}.
 */
public record PenaltyCaseDto(String id, long version, String caseNumber, String memberState, String providerId,
                             String providerName, String profile, String summary, String state, List<String> possibleEvents,
                             String openedBy, String openedAt, List<Link> links, List<Factor> factors, List<String> missingFactors,
                             BigDecimal annualTurnover, Integer businessYear, Integer businessYearDays, Decision decision,
                             List<HistoryRow> history) {

    public record Link(String kind, String id, String reference) {
    }

    public record Factor(String factor, String assessment, String note) {
    }

    public record Decision(String kind, BigDecimal proposedAmount, Integer days, BigDecimal cap, BigDecimal total,
                           BigDecimal maximumTotal, String article, String reasoning, String decidedBy, String decidedAt,
                           List<PenaltyStepDto> steps) {
    }

    public record HistoryRow(String from, String event, String to, String at, String actor, String reason, String legalBasis) {
    }

    static PenaltyCaseDto of(PenaltyCaseView v) {
        PenaltyCaseView.Decision d = v.decision();
        return new PenaltyCaseDto(v.id().toString(), v.version(), v.caseNumber(), v.memberState().name(), v.provider().toString(),
                v.providerName(), v.profile(), v.summary(), v.state().name(), v.possibleEvents(), v.openedBy(), instant(v.openedAt()),
                v.links().stream().map(l -> new Link(l.kind().name(), l.id().toString(), l.reference())).toList(),
                v.factors().stream().map(f -> new Factor(f.factor(), f.assessment() == null ? null : f.assessment().name(), f.note()))
                        .toList(),
                v.missingFactors(), v.annualTurnover(), v.businessYear(), v.businessYearDays(),
                d == null ? null : new Decision(d.kind().name(), d.amount(), d.days(), d.cap(), d.total(), d.maximumTotal(),
                        d.article(), d.reasoning(), d.decidedBy(), instant(d.decidedAt()), PenaltyStepDto.of(d.steps())),
                v.history().stream().map(h -> new HistoryRow(h.from() == null ? null : h.from().name(), h.event(), h.to().name(),
                        instant(h.at()), h.actor(), h.reason(), h.legalBasis())).toList());
    }

    private static String instant(Instant at) {
        return at == null ? null : at.toString();
    }
}
