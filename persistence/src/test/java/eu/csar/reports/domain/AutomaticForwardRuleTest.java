package eu.csar.reports.domain;

import eu.csar.reports.api.EvidenceKind;
import eu.csar.reports.api.Jurisdiction;
import eu.csar.reports.api.ReportState;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rule of automatic forwarding (issue 11 §6): only with the profile's switch on, only a FINISHED,
 * unclaimed report, and only when every evidence item (each one, not just some) matched an indicator
 * of verified provenance; and the decision it leads to, recorded as the platform's, automatic, naming
 * the indicators. Synthetic hashes and ids only.
 */
class AutomaticForwardRuleTest {

    static final UUID PDQ_INDICATOR = UUID.fromString("00000000-0000-4000-8000-0000000000a1");
    static final UUID MD5_INDICATOR = UUID.fromString("00000000-0000-4000-8000-0000000000a2");
    static final UUID SHA_INDICATOR = UUID.fromString("00000000-0000-4000-8000-0000000000a3");
    static final UUID IMPORTED_INDICATOR = UUID.fromString("00000000-0000-4000-8000-0000000000a4");
    static final UUID EARLIER_REPORT = UUID.fromString("00000000-0000-4000-8000-0000000000b1");
    static final Set<UUID> VERIFIED = Set.of(PDQ_INDICATOR, MD5_INDICATOR, SHA_INDICATOR);

    /** A FINISHED report with three evidence items: PDQ (1), MD5 (2), SHA-256 (3). */
    static Report finished() {
        Report report = ReportFixtures.open();
        report.attach(ReportFixtures.items(), ReportFixtures.T0.plusSeconds(10));
        report.finish("h..s", "ES256", "0".repeat(64), "alpha-client", ReportFixtures.T0.plusSeconds(30));
        return report;
    }

    static List<TriageHit> hits(Report report, TriageHit.Found... found) {
        return new TriageResult(report, "m-1", List.of(found), 0, ReportFixtures.T0.plusSeconds(40)).hits();
    }

    static TriageHit.Found known(int position, EvidenceKind kind, UUID indicator) {
        return TriageHit.Found.known(position, kind, TriageHit.Source.PROVIDED, indicator, 0);
    }

    static List<TriageHit> allKnown(Report report) {
        return hits(report, known(1, EvidenceKind.PDQ, PDQ_INDICATOR), known(2, EvidenceKind.MD5, MD5_INDICATOR),
                known(3, EvidenceKind.SHA256, SHA_INDICATOR));
    }

    @Test
    void everyItemMatchingAVerifiedIndicatorIsForwardedNamingEachIndicatorOnce() {
        Report report = finished();
        List<TriageHit> hits = hits(report, known(1, EvidenceKind.PDQ, PDQ_INDICATOR), known(2, EvidenceKind.MD5, MD5_INDICATOR),
                known(3, EvidenceKind.SHA256, MD5_INDICATOR), known(3, EvidenceKind.SHA256, SHA_INDICATOR),
                TriageHit.Found.seenBefore(1, EvidenceKind.PDQ, TriageHit.Source.PROVIDED, EARLIER_REPORT, 0));
        AutomaticForwardRule.Verdict verdict = AutomaticForwardRule.judge(true, report, hits, VERIFIED);
        assertTrue(verdict.forward(), verdict.why());
        assertEquals(AutomaticForwardRule.REASON, verdict.why());
        assertEquals(List.of(PDQ_INDICATOR, MD5_INDICATOR, SHA_INDICATOR), verdict.indicators());
        assertEquals(Set.of(PDQ_INDICATOR, MD5_INDICATOR, SHA_INDICATOR), AutomaticForwardRule.matchedIndicators(hits));
    }

    @Test
    void oneItemWithoutAMatchKeepsTheReportForTheDeskEvenIfItIsSeenBefore() {
        Report report = finished();
        List<TriageHit> hits = hits(report, known(1, EvidenceKind.PDQ, PDQ_INDICATOR), known(3, EvidenceKind.SHA256, SHA_INDICATOR),
                TriageHit.Found.seenBefore(2, EvidenceKind.MD5, TriageHit.Source.PROVIDED, EARLIER_REPORT, 0));
        AutomaticForwardRule.Verdict verdict = AutomaticForwardRule.judge(true, report, hits, VERIFIED);
        assertFalse(verdict.forward());
        assertEquals("evidence item 2 matched no verified indicator", verdict.why());
        assertEquals(List.of(), verdict.indicators());
    }

    @Test
    void theSwitchOffForwardsNothing() {
        Report report = finished();
        AutomaticForwardRule.Verdict verdict = AutomaticForwardRule.judge(false, report, allKnown(report), VERIFIED);
        assertFalse(verdict.forward());
        assertTrue(verdict.why().contains("off"), verdict.why());
    }

    @Test
    void anItemMatchingOnlyAnIndicatorWithoutVerifiedProvenanceKeepsTheReportForTheDesk() {
        Report report = finished();
        List<TriageHit> hits = hits(report, known(1, EvidenceKind.PDQ, PDQ_INDICATOR), known(2, EvidenceKind.MD5, IMPORTED_INDICATOR),
                known(3, EvidenceKind.SHA256, SHA_INDICATOR));
        AutomaticForwardRule.Verdict verdict = AutomaticForwardRule.judge(true, report, hits, VERIFIED);
        assertFalse(verdict.forward());
        assertEquals("evidence item 2 matched no verified indicator", verdict.why());
        assertTrue(AutomaticForwardRule.judge(true, report, hits, Set.of(PDQ_INDICATOR, IMPORTED_INDICATOR, SHA_INDICATOR)).forward(),
                "the same hits once that indicator's provenance is verified");
    }

    @Test
    void onlyAFinishedUnclaimedReportWithEvidence() {
        Report claimed = finished();
        claimed.claim("reviewer-a", ReportFixtures.T0.plusSeconds(50));
        AutomaticForwardRule.Verdict held = AutomaticForwardRule.judge(true, claimed, allKnown(claimed), VERIFIED);
        assertFalse(held.forward(), "a reviewer holds it");
        assertEquals("the report is IN_REVIEW", held.why());

        Report decided = finished();
        List<TriageHit> hits = allKnown(decided);
        decided.claim("reviewer-a", ReportFixtures.T0.plusSeconds(50));
        decided.decideForward("reviewer-a", Jurisdiction.propose("NL", List.of()), "P", 1, ReportFixtures.T0.plusSeconds(55));
        assertFalse(AutomaticForwardRule.judge(true, decided, hits, VERIFIED).forward(), "decided already");

        Report empty = ReportFixtures.open();
        empty.finish("h..s", "ES256", "0".repeat(64), "alpha-client", ReportFixtures.T0.plusSeconds(30));
        AutomaticForwardRule.Verdict none = AutomaticForwardRule.judge(true, empty, List.of(), VERIFIED);
        assertFalse(none.forward(), "no evidence is not all evidence matched");
        assertEquals("the report has no evidence", none.why());
    }

    @Test
    void aVerdictToForwardNamesItsIndicatorsAndARefusalNone() {
        assertThrows(IllegalArgumentException.class, () -> new AutomaticForwardRule.Verdict(true, AutomaticForwardRule.REASON, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new AutomaticForwardRule.Verdict(false, "no", List.of(PDQ_INDICATOR)));
    }

    @Test
    void aContentItemMatchedThroughItsComputedPdqHashCounts() {
        Report report = finished();
        List<TriageHit> hits = hits(report, known(1, EvidenceKind.PDQ, PDQ_INDICATOR), known(2, EvidenceKind.MD5, MD5_INDICATOR),
                TriageHit.Found.known(3, EvidenceKind.PDQ, TriageHit.Source.COMPUTED, PDQ_INDICATOR, 4));
        assertEquals(List.of(PDQ_INDICATOR, MD5_INDICATOR), AutomaticForwardRule.judge(true, report, hits, VERIFIED).indicators());
    }

    @Test
    void theDecisionIsTheSystemsAutomaticForwardNamingTheIndicators() {
        Report report = finished();
        AutomaticForwardRule.Verdict verdict = AutomaticForwardRule.judge(true, report, allKnown(report), VERIFIED);
        report.decideForwardAutomatically(verdict, report.proposedJurisdiction(), "system", "COM-2022-209", 2,
                ReportFixtures.T0.plusSeconds(60));
        assertEquals(ReportState.FORWARD_DECIDED, report.state());
        assertEquals(ReportReview.Decision.FORWARD, report.review().decision());
        assertEquals("system", report.review().decidedBy());
        assertTrue(report.review().automatic());
        assertEquals(List.of(PDQ_INDICATOR, MD5_INDICATOR, SHA_INDICATOR), report.review().indicators());
        assertEquals(new Jurisdiction(Set.of(MemberState.NL), true), report.review().jurisdiction(),
                "the location data's Member State with Europol, as the desk proposes");
        assertEquals(2, report.review().profileVersion());
        ReportStatusChange last = report.history().get(report.history().size() - 1);
        assertEquals("DECIDE_FORWARD_AUTOMATICALLY", last.event());
        assertEquals("system", last.actor());
        assertEquals(AutomaticForwardRule.REASON + " " + List.of(PDQ_INDICATOR, MD5_INDICATOR, SHA_INDICATOR) + "; to NL and Europol",
                last.reason());

        Report reviewed = finished();
        assertFalse(reviewed.review().automatic(), "a reviewer's decision is not automatic");
        assertEquals(List.of(), reviewed.review().indicators());
        AutomaticForwardRule.Verdict stays = AutomaticForwardRule.judge(false, reviewed, allKnown(reviewed), VERIFIED);
        assertThrows(RuleViolationException.class, () -> reviewed.decideForwardAutomatically(stays, reviewed.proposedJurisdiction(),
                "system", "P", 1, ReportFixtures.T0.plusSeconds(60)));
        assertEquals(ReportState.FINISHED, reviewed.state());
    }
}
