package eu.csar.indicators.application;

import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.indicators.domain.Indicator;
import eu.csar.indicators.domain.IndicatorStatusChange;
import eu.csar.indicators.domain.Provenance;
import eu.csar.indicators.domain.Submission;
import eu.csar.indicators.domain.SubmissionLine;

import java.util.List;
import java.util.Map;

/** Detached views of the indicator entities, for pages and resources. */
final class IndicatorViews {

    private IndicatorViews() {
    }

    static IndicatorSummary summary(Indicator i, Map<IndicatorSetId, String> setCodes, Integer distance) {
        return new IndicatorSummary(i.id(), i.seq() == null ? 0 : i.seq(), i.kind(), i.value(), i.quality(),
                setCodes.get(i.setId()), i.state(), i.stateChangedAt(), i.reviewDueAt(), distance);
    }

    static IndicatorDetail detail(Indicator i, String setCode) {
        return new IndicatorDetail(i.id(), i.seq() == null ? 0 : i.seq(), i.kind(), i.value(), i.quality(), i.setId(),
                setCode, i.state(), i.disabledUntil(), i.retiredReason(), i.createdAt(), i.stateChangedAt(),
                i.reviewDueAt(), i.matchable(), i.provenance().stream().map(IndicatorViews::provenance).toList(),
                i.history().stream().map(IndicatorViews::history).toList(), i.possibleEvents());
    }

    static ProvenanceView provenance(Provenance p) {
        return new ProvenanceView(p.id(), p.submission().orElse(null), p.source(), p.memberState(), p.authority(),
                p.decisionReference(), p.decisionDate(), p.process(), p.processVersion(), p.label(), p.verified(),
                p.addedAt(), p.withdrawnAt(), p.withdrawnReason());
    }

    static HistoryEntry history(IndicatorStatusChange c) {
        return new HistoryEntry(c.fromState().orElse(null), c.event(), c.toState(), c.occurredAt(), c.actor(),
                c.reason(), c.importJobId().orElse(null));
    }

    static LineView line(SubmissionLine l) {
        return new LineView(l.lineNo(), l.sourceLine(), l.kind(), l.value(), l.quality(), l.label(), l.outcome(),
                l.reason(), l.indicator(), l.verification());
    }

    static SubmissionSummary summary(Submission s, String setCode) {
        return new SubmissionSummary(s.id(), setCode, s.memberState(), s.authority(), s.decisionReference(),
                s.submittedBy(), s.submittedAt(), s.state(), s.lineCount(), s.linkedCount(), s.refusedCount());
    }

    static SubmissionView view(Submission s, String setCode, List<SubmissionLine> lines, boolean verifiable) {
        return new SubmissionView(s.id(), setCode, s.memberState(), s.source(), s.authority(), s.decisionReference(),
                s.decisionDate(), s.process(), s.processVersion(), s.submittedBy(), s.submittedAt(), s.state(),
                s.verifiedBy(), s.verifiedAt(), s.lineCount(), s.linkedCount(), s.refusedCount(),
                lines.stream().map(IndicatorViews::line).toList(), verifiable);
    }
}
