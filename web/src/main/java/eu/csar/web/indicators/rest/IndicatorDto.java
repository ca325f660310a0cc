package eu.csar.web.indicators.rest;

import eu.csar.indicators.application.HistoryEntry;
import eu.csar.indicators.application.IndicatorDetail;
import eu.csar.indicators.application.ProvenanceView;

import java.util.List;

/** One indicator with its provenance links and history, as the REST API answers it. */
public record IndicatorDto(String id, long seq, String kind, String value, Integer quality, String set, String state,
                           String disabledUntil, String retiredReason, String createdAt, String reviewDueAt,
                           boolean matchable, List<Link> provenance, List<Move> history) {

    public record Link(String submissionId, String source, String memberState, String authority,
                       String decisionReference, String decisionDate, String process, String processVersion,
                       String label, boolean verified, String addedAt, String withdrawnAt, String withdrawnReason) {
        static Link of(ProvenanceView p) {
            return new Link(p.submission() == null ? null : p.submission().toString(), p.source().name(),
                    p.memberState() == null ? null : p.memberState().name(), p.authority(), p.decisionReference(),
                    text(p.decisionDate()), p.process(), p.processVersion(), p.label(), p.verified(), text(p.addedAt()),
                    text(p.withdrawnAt()), p.withdrawnReason());
        }
    }

    public record Move(String from, String event, String to, String at, String actor, String reason, Long importJobId) {
        static Move of(HistoryEntry h) {
            return new Move(h.from() == null ? null : h.from().name(), h.event(), h.to().name(), text(h.at()), h.actor(),
                    h.reason(), h.importJobId());
        }
    }

    static IndicatorDto of(IndicatorDetail d) {
        return new IndicatorDto(d.id().toString(), d.seq(), d.kind().name(), d.value(), d.quality(), d.setCode(),
                d.state().name(), text(d.disabledUntil()), d.retiredReason(), text(d.createdAt()), text(d.reviewDueAt()),
                d.matchable(), d.provenance().stream().map(Link::of).toList(), d.history().stream().map(Move::of).toList());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
