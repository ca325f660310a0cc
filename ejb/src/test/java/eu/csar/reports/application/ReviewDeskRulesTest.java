package eu.csar.reports.application;

import eu.csar.reports.api.Jurisdiction;
import eu.csar.reports.api.ReportState;
import eu.csar.reports.api.UnfoundedReason;
import eu.csar.reports.domain.AutomaticForwardRule;
import eu.csar.reports.domain.Report;
import eu.csar.reports.domain.ReportEvent;
import eu.csar.shared.domain.MemberState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the review desk offers whom (the profile's four-eyes flag decides between deciding and
 * proposing a manifestly-unfounded finding; only the claimant decides; an abandoned claim may be
 * taken over), what the provider is told back (never the reviewer or the internal note), and the
 * desk's settings.
 */
class ReviewDeskRulesTest {

    static final Instant T = Instant.parse("2026-12-03T10:00:00Z");

    @AfterEach
    void clearSettings() {
        System.clearProperty(ReviewSettings.BREAK_AFTER);
        System.clearProperty(ReviewSettings.CLAIM_TIMEOUT);
    }

    static Report finished() {
        Report report = ReportSamples.report();
        report.finish("h..s", "ES256", "c".repeat(64), "demo-provider-alpha", T);
        return report;
    }

    @Test
    void theFourEyesFlagDecidesWhetherTheClaimantDecidesOrProposes() {
        Report report = finished();
        report.claim("reviewer", T.plusSeconds(1));
        ReviewView withFourEyes = ReviewView.of(report, "reviewer", false, true);
        assertEquals(List.of(ReportEvent.RELEASE, ReportEvent.DECIDE_FORWARD, ReportEvent.PROPOSE_UNFOUNDED), withFourEyes.actions());
        assertTrue(withFourEyes.may("PROPOSE_UNFOUNDED"));
        assertFalse(withFourEyes.may("DECIDE_UNFOUNDED"));
        ReviewView withoutFourEyes = ReviewView.of(report, "reviewer", false, false);
        assertEquals(List.of(ReportEvent.RELEASE, ReportEvent.DECIDE_FORWARD, ReportEvent.DECIDE_UNFOUNDED), withoutFourEyes.actions());
        assertTrue(withFourEyes.claimedByViewer());
        assertEquals(Jurisdiction.decided(Set.of(MemberState.NL), true), withFourEyes.proposedJurisdiction(),
                "the samples' location is in NL");
    }

    @Test
    void aReviewerIsNeverOfferedThePlatformsAutomaticForwardAndSeesWhenItWasTaken() {
        Report report = finished();
        assertEquals(List.of(ReportEvent.CLAIM), ReviewView.of(report, "reviewer", false, true).actions(),
                "FINISHED allows the automatic forward, but only the platform takes it");
        assertFalse(ReviewView.of(report, "reviewer", false, true).automatic());
        UUID indicator = UUID.fromString("00000000-0000-4000-8000-0000000000a1");
        report.decideForwardAutomatically(new AutomaticForwardRule.Verdict(true, AutomaticForwardRule.REASON, List.of(indicator)),
                report.proposedJurisdiction(), "system", "COM-2022-209", 1, T.plusSeconds(1));
        ReviewView decided = ReviewView.of(report, "reviewer", false, true);
        assertTrue(decided.automatic());
        assertEquals(List.of(indicator), decided.automaticIndicators());
        assertEquals("system", decided.decidedBy());
        assertEquals(List.of(), decided.actions());
        assertEquals("FORWARDED", ReportView.of(report).feedback().status(),
                "the provider's feedback is the same as for a reviewer's forward");
    }

    @Test
    void anotherReviewerMayOnlyTakeOverAnAbandonedClaim() {
        Report report = finished();
        report.claim("reviewer", T.plusSeconds(1));
        assertEquals(List.of(), ReviewView.of(report, "someone-else", false, true).actions());
        assertEquals(List.of(ReportEvent.TAKE_OVER), ReviewView.of(report, "someone-else", true, true).actions());
    }

    @Test
    void theFirstReviewerIsNotOfferedTheSecondReview() {
        Report report = finished();
        report.claim("reviewer", T.plusSeconds(1));
        report.findUnfounded("reviewer", UnfoundedReason.NOT_CSAM, "internal: looked twice", true, "COM-2022-209", 1, T.plusSeconds(2));
        assertEquals(List.of(), ReviewView.of(report, "reviewer", false, true).actions());
        assertEquals(List.of(ReportEvent.CLAIM), ReviewView.of(report, "reviewer-2", false, true).actions());
        assertEquals(ReportState.AWAITING_SECOND_REVIEW, ReviewView.of(report, "reviewer-2", false, true).state());
    }

    @Test
    void theProviderLearnsTheOutcomeAndReasonButNotTheReviewerOrTheNote() {
        Report report = finished();
        ReportView received = ReportView.of(report);
        assertEquals(new ReportView.Feedback("RECEIVED", null, T), received.feedback());
        report.claim("reviewer", T.plusSeconds(1));
        ReportView inReview = ReportView.of(report);
        assertEquals(ReportState.FINISHED, inReview.state(), "the desk's inner states are not the provider's");
        assertEquals(Set.of(ReportEvent.RETRACT), inReview.possibleEvents());
        assertEquals("RECEIVED", inReview.feedback().status());

        report.findUnfounded("reviewer", UnfoundedReason.ADULT_DEPICTED, "internal: the reviewer's own words", false, "COM-2022-209", 1,
                T.plusSeconds(2));
        ReportView decided = ReportView.of(report);
        assertEquals(ReportState.MANIFESTLY_UNFOUNDED, decided.state());
        assertEquals(new ReportView.Feedback("MANIFESTLY_UNFOUNDED", UnfoundedReason.ADULT_DEPICTED, T.plusSeconds(2), T.plusSeconds(2), null),
                decided.feedback(), "a manifestly unfounded report: the provider may inform the user at once");
        assertEquals(List.of("OPEN", "FINISH"), decided.history().stream().map(ReportView.Move::event).toList(),
                "only the provider's own moves");
        assertFalse(decided.toString().contains("the reviewer's own words"));
        assertFalse(decided.history().stream().anyMatch(m -> "reviewer".equals(m.actor())));
        assertEquals(Set.of(), decided.possibleEvents());

        ReportView centre = ReportView.forCentre(report);
        assertEquals(4, centre.history().size(), "the Centre sees every move");
    }

    @Test
    void aForwardIsToldAsForwarded() {
        Report report = finished();
        report.claim("reviewer", T.plusSeconds(1));
        report.decideForward("reviewer", Jurisdiction.decided(Set.of(), true), "COM-2022-209", 1, T.plusSeconds(3));
        assertEquals(new ReportView.Feedback("FORWARDED", null, T.plusSeconds(3)), ReportView.of(report).feedback());
        assertNull(ReportView.of(ReportSamples.report()).feedback(), "nothing to tell while OPEN");
    }

    @Test
    void theSettingsAreConfigurationWithDefaults() {
        ReviewSettings settings = new ReviewSettings();
        assertEquals(Duration.ofMinutes(45), settings.breakAfter());
        assertEquals(Duration.ofHours(2), settings.claimTimeout());
        System.setProperty(ReviewSettings.BREAK_AFTER, "PT20M");
        System.setProperty(ReviewSettings.CLAIM_TIMEOUT, "nonsense");
        assertEquals(Duration.ofMinutes(20), settings.breakAfter());
        assertEquals(Duration.ofHours(2), settings.claimTimeout(), "an unreadable value falls back");
    }
}
