package eu.csar.reports.domain;

import eu.csar.reports.api.Jurisdiction;
import eu.csar.reports.api.ReportState;
import eu.csar.reports.api.UnfoundedReason;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static eu.csar.reports.domain.ReportLifecycleTest.FIRST;
import static eu.csar.reports.domain.ReportLifecycleTest.OTHER;
import static eu.csar.reports.domain.ReportLifecycleTest.SECOND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The review desk's rules on a report (Art 48): who may act on a claim, abandoned claims, and four
 * eyes on a manifestly-unfounded finding (a second reviewer, never the first, confirms it).
 */
class ReportReviewTest {

    static final Instant T = ReportFixtures.T0.plusSeconds(3600);
    static final Duration TIMEOUT = Duration.ofHours(2);

    @Test
    void aClaimByAnotherReviewerIsRefusedUntilItIsAbandoned() {
        Report report = ReportLifecycleTest.in(ReportState.FINISHED);
        assertTrue(report.claim(FIRST, T));
        assertFalse(report.claim(FIRST, T.plusSeconds(1)), "claiming one's own claim again writes nothing");
        int rows = report.history().size();

        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> report.claim(OTHER, T.plusSeconds(2)));
        assertTrue(refused.getMessage().contains("claimed by " + FIRST), refused.getMessage());
        assertThrows(RuleViolationException.class, () -> report.release(OTHER, T.plusSeconds(2)), "only the claimant releases");
        assertThrows(RuleViolationException.class, () -> report.decideForward(OTHER, Jurisdiction.decided(Set.of(), true), "P", 1,
                T.plusSeconds(2)), "only the claimant decides");
        assertThrows(RuleViolationException.class, () -> report.takeOver(OTHER, TIMEOUT, T.plus(TIMEOUT).minusSeconds(1)),
                "a claim younger than the timeout is not abandoned");
        assertFalse(report.claimAbandoned(TIMEOUT, T.plus(TIMEOUT).minusSeconds(1)));
        assertEquals(rows, report.history().size());

        assertTrue(report.claimAbandoned(TIMEOUT, T.plus(TIMEOUT)));
        report.takeOver(OTHER, TIMEOUT, T.plus(TIMEOUT));
        assertEquals(ReportState.IN_REVIEW, report.state());
        assertEquals(OTHER, report.review().claimedBy());
        ReportStatusChange last = report.history().get(report.history().size() - 1);
        assertEquals("TAKE_OVER", last.event());
        assertTrue(last.reason().contains("claim of " + FIRST), last.reason());
        assertThrows(RuleViolationException.class, () -> report.release(FIRST, T.plus(TIMEOUT)), "the first claimant lost it");
        report.release(OTHER, T.plus(TIMEOUT).plusSeconds(1));
        assertEquals(ReportState.FINISHED, report.state());
        assertNull(report.review().claimedBy());
    }

    @Test
    void withFourEyesTheFirstReviewerOnlyProposesAndCannotConfirm() {
        Report report = ReportLifecycleTest.in(ReportState.IN_REVIEW);
        report.findUnfounded(FIRST, UnfoundedReason.DETECTION_FALSE_POSITIVE, " looked like a hash collision ", true, "COM-2022-209", 1, T);
        assertEquals(ReportState.AWAITING_SECOND_REVIEW, report.state());
        assertEquals(FIRST, report.review().proposedBy());
        assertNull(report.review().decision(), "not decided yet");
        assertEquals("looked like a hash collision", report.review().unfoundedNote());

        assertThrows(RuleViolationException.class, () -> report.claim(FIRST, T.plusSeconds(1)), "four eyes: not the first reviewer");
        assertEquals(ReportState.AWAITING_SECOND_REVIEW, report.state());
        report.claim(SECOND, T.plusSeconds(2));
        assertThrows(RuleViolationException.class, () -> report.takeOver(FIRST, Duration.ZERO, T.plusSeconds(3)),
                "nor by taking over the second review");
        report.confirmUnfounded(SECOND, "agreed", T.plusSeconds(4));
        assertEquals(ReportState.MANIFESTLY_UNFOUNDED, report.state());
        assertEquals(ReportReview.Decision.MANIFESTLY_UNFOUNDED, report.review().decision());
        assertEquals(SECOND, report.review().decidedBy());
        assertEquals(UnfoundedReason.DETECTION_FALSE_POSITIVE, report.review().unfoundedReason());
        assertEquals("COM-2022-209", report.review().profile());
        assertNull(report.review().claimedBy());
        assertThrows(RuleViolationException.class, () -> report.retract(null, "alpha-client", T.plusSeconds(5)),
                "nothing to retract once decided");
    }

    @Test
    void withoutFourEyesOneReviewerDecides() {
        Report report = ReportLifecycleTest.in(ReportState.IN_REVIEW);
        report.findUnfounded(FIRST, UnfoundedReason.ADULT_DEPICTED, null, false, "COUNCIL-GA-2025", 1, T);
        assertEquals(ReportState.MANIFESTLY_UNFOUNDED, report.state());
        assertEquals(FIRST, report.review().decidedBy());
        assertNull(report.review().proposedBy());
    }

    @Test
    void theSecondReviewerMayOverruleByForwarding() {
        Report report = ReportLifecycleTest.in(ReportState.IN_SECOND_REVIEW);
        report.decideForward(SECOND, Jurisdiction.decided(Set.of(MemberState.DE, MemberState.NL), true), "COM-2022-209", 1, T);
        assertEquals(ReportState.FORWARD_DECIDED, report.state());
        assertEquals(ReportReview.Decision.FORWARD, report.review().decision());
        assertEquals(Jurisdiction.decided(Set.of(MemberState.NL, MemberState.DE), true), report.review().jurisdiction());
        assertThrows(RuleViolationException.class, () -> report.retract(null, "alpha-client", T.plusSeconds(1)),
                "a report the Centre decided to forward is no longer retractable");
    }

    @Test
    void aRetractEndsTheClaimAndAnInternalNoteHasALimit() {
        Report report = ReportLifecycleTest.in(ReportState.IN_REVIEW);
        RuleViolationException tooLong = assertThrows(RuleViolationException.class, () -> report.findUnfounded(FIRST,
                UnfoundedReason.NOT_CSAM, "x".repeat(ReportReview.MAX_NOTE + 1), false, "P", 1, T));
        assertEquals("note", tooLong.field());
        assertEquals(ReportState.IN_REVIEW, report.state());
        report.retract("withdrawn", "alpha-client", T);
        assertEquals(ReportState.RETRACTED, report.state());
        assertNull(report.review().claimedBy());
    }

    @Test
    void theProviderSeesTheDesksInnerStatesAsFinished() {
        assertEquals(ReportState.FINISHED, ReportState.IN_REVIEW.providerView());
        assertEquals(ReportState.FINISHED, ReportState.AWAITING_SECOND_REVIEW.providerView());
        assertEquals(ReportState.FINISHED, ReportState.IN_SECOND_REVIEW.providerView());
        assertEquals(ReportState.FORWARD_DECIDED, ReportState.FORWARD_DECIDED.providerView());
        assertEquals(ReportState.MANIFESTLY_UNFOUNDED, ReportState.MANIFESTLY_UNFOUNDED.providerView());
        assertEquals(ReportState.OPEN, ReportState.OPEN.providerView());
    }
}
