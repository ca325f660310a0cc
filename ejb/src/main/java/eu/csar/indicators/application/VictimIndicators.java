package eu.csar.indicators.application;

import eu.csar.audit.application.AuditRecorder;
import eu.csar.indicators.api.IndicatorState;
import eu.csar.indicators.api.SubmissionId;
import eu.csar.indicators.api.SubmittedHash;
import eu.csar.indicators.api.VictimSubmission;
import eu.csar.indicators.domain.HashLineParser;
import eu.csar.indicators.domain.Indicator;
import eu.csar.indicators.domain.IndicatorAction;
import eu.csar.indicators.domain.IndicatorEvent;
import eu.csar.indicators.domain.IndicatorRepository;
import eu.csar.indicators.domain.IndicatorSet;
import eu.csar.indicators.domain.LineOutcome;
import eu.csar.indicators.domain.ParsedItem;
import eu.csar.indicators.domain.Provenance;
import eu.csar.indicators.domain.Submission;
import eu.csar.indicators.domain.SubmissionLine;
import eu.csar.shared.api.PublishedService;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.RuleViolationException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Hashes from survivors (Art 20-21) in the indicator database: the victims context sends the lines a
 * survivor chose on the victim page as a submission of source VICTIM_REQUEST into the set of known
 * images ({@value #SET}), stored like a Coordinating Authority's ({@link SubmissionStore}) and
 * verified by the Centre with four eyes like any other ({@link IndicatorSubmissions#verify}). A
 * withdrawal withdraws only the survivor's own provenance links: an indicator without another live
 * link stops matching on every node and is a removal in the next delta ({@link IndicatorMoves}).
 *
 * <p>Who may call: only the victims context's services, inside their transaction ({@code MANDATORY}),
 * after checking the survivor's victim-page session; no REST, SOAP or page reaches this class, and
 * the survivor has no account, so the methods permit every caller.
 */
@Stateless
@PublishedService
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class VictimIndicators {

    static final String SET = "known-images";
    static final String PROCESS = "victim page";
    private static final String PURPOSE = "victim's hashes (Art 20-21)";

    @Inject
    IndicatorRepository indicators;

    @Inject
    SubmissionStore store;

    @Inject
    IndicatorMoves moves;

    @Inject
    AuditRecorder audit;

    @Inject
    Clock clock;

    /**
     * Stores {@code lines} (PDQ/SHA256/MD5 lines or the hasher's output; file names are never kept)
     * as a VICTIM_REQUEST submission for the case {@code caseNumber} of {@code memberState}.
     *
     * @throws RuleViolationException (INVALID, field {@code lines}) if there is no line or too many
     */
    @PermitAll
    public VictimSubmission submit(@NotNull MemberState memberState, @NotBlank String caseNumber, @NotNull List<String> lines) {
        IndicatorSet set = indicators.setByCode(SET).orElseThrow(() -> new IllegalStateException("no indicator set " + SET));
        List<ParsedItem> items = HashLineParser.parse(String.join("\n", lines), false, set.kinds());
        if (items.isEmpty()) {
            throw RuleViolationException.invalid("lines", "No line to submit");
        }
        if (items.size() > IndicatorSubmissions.MAX_ITEMS) {
            throw RuleViolationException.invalid("lines",
                    items.size() + " hashes in one submission; at most " + IndicatorSubmissions.MAX_ITEMS);
        }
        Instant now = clock.instant();
        String submitter = "victim case " + caseNumber;
        Submission submission = Submission.byVictim(set.id(), memberState, caseNumber, PROCESS, submitter, now);
        SubmissionReceipt receipt = store.store(submission, set, items, submitter, now);
        audit.success(IndicatorAction.INDICATOR_SUBMISSION_SENT, submission.id(), PURPOSE + "; " + set.code() + ", "
                + receipt.lineCount() + " lines, " + receipt.linkedCount() + " linked, " + receipt.refusedCount() + " refused");
        return new VictimSubmission(submission.id(), receipt.acceptedCount(), receipt.linkedCount(), receipt.refusedCount(),
                hashes(List.of(submission.id())));
    }

    /** Every line of {@code submissions}, in order, with the indicator's state and whether the survivor's link is live. */
    @PermitAll
    public List<SubmittedHash> hashes(@NotNull List<SubmissionId> submissions) {
        List<SubmittedHash> out = new ArrayList<>();
        for (SubmissionId id : submissions) {
            Submission submission = indicators.submission(id).orElseThrow();
            for (SubmissionLine line : indicators.lines(id)) {
                if (line.outcome() == LineOutcome.REFUSED || line.indicator() == null) {
                    out.add(new SubmittedHash(line.kind(), line.value(), line.quality(), true, line.reason(), null, false));
                    continue;
                }
                Indicator indicator = indicators.find(line.indicator()).orElseThrow();
                boolean live = indicator.linkOf(submission).map(Provenance::live).orElse(false);
                out.add(new SubmittedHash(line.kind(), line.value(), line.quality(), false, null, indicator.state(), live));
            }
        }
        return out;
    }

    /**
     * Withdraws the survivor's provenance links of {@code submissions} (and only theirs): an indicator
     * left without a live link stops matching (a REMOVE in the change feed and the delta); one still
     * waiting for verification is rejected. Returns how many links were withdrawn.
     */
    @PermitAll
    public int withdraw(@NotNull List<SubmissionId> submissions, @NotBlank String reason) {
        Instant now = clock.instant();
        long seq = 0;
        int withdrawn = 0;
        for (SubmissionId id : submissions) {
            Submission submission = indicators.submission(id).orElseThrow();
            for (SubmissionLine line : indicators.lines(id)) {
                if (line.indicator() == null) {
                    continue;
                }
                Indicator indicator = indicators.findForUpdate(line.indicator()).orElseThrow();
                if (!indicator.linkOf(submission).map(Provenance::live).orElse(false)) {
                    continue;
                }
                boolean before = indicator.matchable();
                indicator.withdrawLink(submission, reason, now);
                withdrawn++;
                seq = Math.max(seq, moves.recordMatchability(indicator, before));
                boolean othersLive = indicator.provenance().stream().anyMatch(Provenance::live);
                if (indicator.state() == IndicatorState.SUBMITTED && !othersLive) {
                    seq = Math.max(seq, moves.move(indicator, IndicatorEvent.REJECT, reason, null));
                }
            }
            audit.success(IndicatorAction.INDICATOR_SUBMISSION_WITHDRAWN, id, PURPOSE + "; withdrawn by the survivor");
        }
        indicators.flush();
        moves.fire(seq);
        return withdrawn;
    }
}
