package eu.csar.indicators.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.indicators.api.IndicatorState;
import eu.csar.indicators.api.SubmissionId;
import eu.csar.indicators.domain.HashLineParser;
import eu.csar.indicators.domain.Indicator;
import eu.csar.indicators.domain.IndicatorAction;
import eu.csar.indicators.domain.IndicatorEvent;
import eu.csar.indicators.domain.IndicatorLifecycle;
import eu.csar.indicators.domain.IndicatorRepository;
import eu.csar.indicators.domain.IndicatorSet;
import eu.csar.indicators.domain.LineOutcome;
import eu.csar.indicators.domain.ParsedItem;
import eu.csar.indicators.domain.Submission;
import eu.csar.indicators.domain.SubmissionLine;
import eu.csar.indicators.domain.SubmissionState;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Submissions of indicators by Coordinating Authorities (Art 36) and their four-eyes verification
 * by the EU Centre. A submission is read line by line ({@link HashLineParser}): each item is
 * ACCEPTED (a new SUBMITTED indicator), LINKED (an indicator of the set with that value gains a
 * provenance link, never a copy) or REFUSED with its reason. A centre reviewer other than the
 * submitter then verifies it, rejecting lines where needed: verified new indicators move
 * SUBMITTED -> VERIFIED -> ACTIVE at once (activation right after verification) and their links
 * are marked verified; a rejected line retires its new indicator ("rejected at verification") or
 * withdraws its link to an existing one.
 */
@Stateless
public class IndicatorSubmissions {

    /** At most this many items in one submission through the portal or REST (bulk import is another path). */
    public static final int MAX_ITEMS = 10_000;

    private static final String SUBMITTING = "indicator submission (Art 36)";
    private static final String VERIFYING = "four-eyes verification (Art 36)";

    @Inject
    IndicatorRepository indicators;

    @Inject
    IndicatorMoves moves;

    @Inject
    SubmissionStore store;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public SubmissionReceipt submit(@NotNull @Valid NewSubmission s) {
        MemberState memberState = memberStateOf(s.memberState());
        IndicatorSet set = indicators.setByCode(s.setCode().trim()).orElseThrow(() -> refused(
                RuleViolationException.invalid("setCode", "No indicator set '" + s.setCode() + "'")));
        List<ParsedItem> items = HashLineParser.parse(s.lines(), s.keepPathAsLabel(), set.kinds());
        if (items.isEmpty()) {
            throw refused(RuleViolationException.invalid("lines", "No line to submit"));
        }
        if (items.size() > MAX_ITEMS) {
            throw refused(RuleViolationException.invalid("lines",
                    items.size() + " indicators in one submission; at most " + MAX_ITEMS + " (use the bulk import for more)"));
        }
        Instant now = clock.instant();
        String actor = audit.actorName();
        Submission submission = Submission.byAuthority(set.id(), memberState, s.authority().trim(),
                s.decisionReference().trim(), s.decisionDate(), s.process().trim(), s.processVersion().trim(), actor, now);
        SubmissionReceipt receipt = store.store(submission, set, items, actor, now);
        audit.success(IndicatorAction.INDICATOR_SUBMISSION_SENT, submission.id(), SUBMITTING + "; " + set.code() + ", "
                + receipt.lineCount() + " lines, " + receipt.linkedCount() + " linked, " + receipt.refusedCount() + " refused");
        return receipt;
    }

    /** The submissions waiting for verification, oldest first. */
    @RolesAllowed(Roles.CENTRE_REVIEWER)
    public List<SubmissionSummary> queue() {
        Map<IndicatorSetId, String> codes = indicators.setCodes();
        List<SubmissionSummary> queue = indicators.queue(500).stream()
                .map(s -> IndicatorViews.summary(s, codes.get(s.setId()))).toList();
        audit.success(IndicatorAction.INDICATOR_SUBMISSION_QUEUE_READ, null, VERIFYING);
        return queue;
    }

    /** One submission: centre staff, or the Coordinating Authority of its Member State; else unknown (404). */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY})
    public SubmissionView submission(@NotNull SubmissionId id) {
        Submission submission = visible(id, indicators.submission(id), IndicatorAction.INDICATOR_SUBMISSION_READ);
        audit.success(IndicatorAction.INDICATOR_SUBMISSION_READ, id, IndicatorVisibility.purpose(caller));
        return view(submission);
    }

    /**
     * Verifies every accepted or linked line except {@code rejectedLines} (item numbers); never by
     * the submitter (four eyes), and once.
     */
    @RolesAllowed(Roles.CENTRE_REVIEWER)
    public SubmissionView verify(@NotNull SubmissionId id, @NotNull Set<Integer> rejectedLines, @Size(max = 500) String note) {
        IndicatorAction action = IndicatorAction.INDICATOR_SUBMISSION_VERIFIED;
        Submission submission = visible(id, indicators.submissionForUpdate(id), action);
        String verifier = audit.actorName();
        List<SubmissionLine> lines = indicators.lines(id);
        List<SubmissionLine> verifiable = lines.stream().filter(l -> l.outcome() != LineOutcome.REFUSED).toList();
        Set<Integer> unknown = new TreeSet<>(rejectedLines);
        verifiable.forEach(l -> unknown.remove(l.lineNo()));
        Instant now = clock.instant();
        try {
            if (!unknown.isEmpty()) {
                throw RuleViolationException.invalid("rejectedLines",
                        "No accepted or linked line " + unknown + " in this submission");
            }
            submission.verify(verifier, verifiable.size(),
                    (int) verifiable.stream().filter(l -> rejectedLines.contains(l.lineNo())).count(), now);
        } catch (RuleViolationException refused) {
            audit.refusal(action, id, VERIFYING, AuditOutcome.REFUSED);
            throw refused;
        }
        long seq = 0;
        for (SubmissionLine line : verifiable) {
            boolean rejected = rejectedLines.contains(line.lineNo());
            line.verdict(rejected);
            Indicator indicator = indicators.findForUpdate(line.indicator()).orElseThrow();
            boolean newOne = line.outcome() == LineOutcome.ACCEPTED && indicator.state() == IndicatorState.SUBMITTED;
            if (rejected) {
                boolean before = indicator.matchable();
                indicator.withdrawLink(submission, IndicatorLifecycle.REJECTED_AT_VERIFICATION, now);
                seq = Math.max(seq, moves.recordMatchability(indicator, before));
                if (newOne) {
                    seq = Math.max(seq, moves.move(indicator, IndicatorEvent.REJECT, IndicatorLifecycle.REJECTED_AT_VERIFICATION, null));
                }
            } else {
                indicator.verifyLink(submission);
                if (newOne) {
                    seq = Math.max(seq, moves.move(indicator, IndicatorEvent.VERIFY, note, null));
                    seq = Math.max(seq, moves.move(indicator, IndicatorEvent.ACTIVATE, null, null));
                }
            }
        }
        indicators.flush();
        moves.fire(seq);
        audit.success(action, id, VERIFYING + "; " + submission.state() + ", " + rejectedLines.size() + " lines rejected"
                + (note == null || note.isBlank() ? "" : "; " + note.trim()));
        return view(submission);
    }

    private SubmissionView view(Submission submission) {
        String setCode = indicators.set(submission.setId()).map(IndicatorSet::code).orElse(null);
        boolean verifiable = caller.hasRole(Roles.CENTRE_REVIEWER) && submission.state() == SubmissionState.SUBMITTED
                && !audit.actorName().equals(submission.submittedBy());
        return IndicatorViews.view(submission, setCode, indicators.lines(submission.id()), verifiable);
    }

    private Submission visible(SubmissionId id, Optional<Submission> found, IndicatorAction action) {
        return found.filter(s -> IndicatorVisibility.isCentreStaff(caller)
                        || s.memberState() != null && caller.memberStates().contains(s.memberState()))
                .orElseThrow(() -> {
                    audit.refusal(action, id, IndicatorVisibility.purpose(caller), AuditOutcome.NOT_FOUND);
                    return new UnknownObjectException("Indicator submission", id);
                });
    }

    /** The Member State the authority submits for: the one it holds, or the one it chose among those it holds. */
    private MemberState memberStateOf(MemberState chosen) {
        Set<MemberState> held = caller.memberStates();
        if (chosen != null) {
            if (!held.contains(chosen)) {
                throw refused(RuleViolationException.invalid("memberState",
                        "You do not act for " + chosen));
            }
            return chosen;
        }
        if (held.size() != 1) {
            throw refused(RuleViolationException.invalid("memberState",
                    held.isEmpty() ? "Your account acts for no Member State" : "Choose the Member State you submit for: one of " + new TreeSet<>(held)));
        }
        return held.iterator().next();
    }

    private RuleViolationException refused(RuleViolationException e) {
        audit.refusal(IndicatorAction.INDICATOR_SUBMISSION_SENT, null, SUBMITTING, AuditOutcome.REFUSED);
        return e;
    }
}
