package eu.csar.web.indicators.rest;

import eu.csar.indicators.application.LineView;
import eu.csar.indicators.application.SubmissionReceipt;
import eu.csar.indicators.application.SubmissionView;

import java.util.List;

/** A submission and the outcome of each of its lines, as the REST API answers it. */
public record SubmissionDto(String id, String state, String setCode, String memberState, String authority,
                           String decisionReference, String decisionDate, String process, String processVersion,
                           String submittedBy, String submittedAt, String verifiedBy, String verifiedAt,
                           int lineCount, int acceptedCount, int linkedCount, int refusedCount, List<Line> lines) {

    /** One item: its number, the line of the text it came from, what it was read as, and what became of it. */
    public record Line(int line, int sourceLine, String kind, String value, Integer quality, String label,
                       String outcome, String reason, String indicatorId, String verification) {
        static Line of(LineView l) {
            return new Line(l.lineNo(), l.sourceLine(), l.kind() == null ? null : l.kind().name(), l.value(), l.quality(),
                    l.label(), l.outcome().name(), l.reason(), l.indicator() == null ? null : l.indicator().toString(),
                    l.verification().name());
        }
    }

    static SubmissionDto of(SubmissionReceipt r) {
        return new SubmissionDto(r.id().toString(), r.state().name(), null, null, null, null, null, null, null, null,
                null, null, null, r.lineCount(), r.acceptedCount(), r.linkedCount(), r.refusedCount(),
                r.lines().stream().map(Line::of).toList());
    }

    static SubmissionDto of(SubmissionView v) {
        return new SubmissionDto(v.id().toString(), v.state().name(), v.setCode(),
                v.memberState() == null ? null : v.memberState().name(), v.authority(), v.decisionReference(),
                v.decisionDate() == null ? null : v.decisionDate().toString(), v.process(), v.processVersion(),
                v.submittedBy(), v.submittedAt().toString(), v.verifiedBy(),
                v.verifiedAt() == null ? null : v.verifiedAt().toString(), v.lineCount(),
                v.lineCount() - v.linkedCount() - v.refusedCount(), v.linkedCount(), v.refusedCount(),
                v.lines().stream().map(Line::of).toList());
    }
}
