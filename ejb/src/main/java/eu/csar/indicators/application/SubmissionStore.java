package eu.csar.indicators.application;

import eu.csar.indicators.domain.Indicator;
import eu.csar.indicators.domain.IndicatorRepository;
import eu.csar.indicators.domain.IndicatorSet;
import eu.csar.indicators.domain.LineOutcome;
import eu.csar.indicators.domain.ParsedItem;
import eu.csar.indicators.domain.Submission;
import eu.csar.indicators.domain.SubmissionLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stores a submission line by line, whoever sent it (an authority, {@link IndicatorSubmissions}, or a
 * survivor, {@link VictimIndicators}): a refused item keeps its reason, a value the set holds already
 * gains a provenance link (never a copy), a new value becomes a SUBMITTED indicator. Fires the change
 * event when a link made an indicator matchable again.
 */
@ApplicationScoped
public class SubmissionStore {

    @Inject
    IndicatorRepository indicators;

    @Inject
    IndicatorMoves moves;

    public SubmissionReceipt store(Submission submission, IndicatorSet set, List<ParsedItem> items, String actor, Instant now) {
        indicators.add(submission);
        int lineNo = 0;
        int linked = 0;
        int refused = 0;
        long seq = 0;
        List<SubmissionLine> lines = new ArrayList<>();
        for (ParsedItem item : items) {
            lineNo++;
            SubmissionLine line;
            if (item.refused()) {
                refused++;
                line = new SubmissionLine(submission, lineNo, item, LineOutcome.REFUSED, item.refusal(), null);
            } else {
                Optional<Indicator> existing = indicators.findInSet(set.id(), item.kind(), item.value());
                if (existing.isPresent()) {
                    Indicator indicator = existing.get();
                    boolean before = indicator.matchable();
                    indicator.link(submission, item.label(), now);
                    seq = Math.max(seq, moves.recordMatchability(indicator, before));
                    linked++;
                    line = new SubmissionLine(submission, lineNo, item, LineOutcome.LINKED,
                            "already in the set: linked (" + indicator.state() + ")", indicator.id());
                } else {
                    Indicator indicator = Indicator.submitted(set.id(), item.kind(), item.value(), item.quality(),
                            submission, item.label(), actor, now);
                    indicators.add(indicator);
                    line = new SubmissionLine(submission, lineNo, item, LineOutcome.ACCEPTED, null, indicator.id());
                }
            }
            indicators.add(line);
            lines.add(line);
        }
        submission.counted(lineNo, linked, refused);
        indicators.flush();
        moves.fire(seq);
        return new SubmissionReceipt(submission.id(), submission.state(), lineNo, lineNo - linked - refused, linked,
                refused, lines.stream().map(IndicatorViews::line).toList());
    }
}
