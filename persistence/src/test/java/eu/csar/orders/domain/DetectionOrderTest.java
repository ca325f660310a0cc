package eu.csar.orders.domain;

import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.legal.api.LegalPeriod;
import eu.csar.orders.api.Addressee;
import eu.csar.risk.api.RiskAssessmentId;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The detection-order aggregate applies the domain rules at each step, with the shipped COM-2022-209
 * values: a move the rules refuse changes nothing (state, history), a move they allow writes one
 * history row with its legal basis.
 */
class DetectionOrderTest {

    static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");
    static final DetectionOrderProfile RULES = DetectionOrderTestProfiles.com();

    static DetectionOrder draft(DetectionOrderType type, String duration) {
        return DetectionOrder.draft("NL-DO-1", MemberState.NL, new ProviderId(java.util.UUID.randomUUID()), "Alpha (synthetic)",
                Addressee.POINT_OF_CONTACT, "poc@alpha.example", "public links", type,
                Set.of(new IndicatorSetId(java.util.UUID.randomUUID())), LegalPeriod.parse(duration), "human review",
                "TECH-1", "synthetic reasons", null, RULES, "ca-nl", T0);
    }

    static DetectionOrder planned(DetectionOrderType type) {
        DetectionOrder o = draft(type, "P12M");
        o.sendForConsultation(RULES, LegalPeriod.weeks(2), "ca-nl", T0);
        o.recordProviderComments("ok", "alpha", T0.plus(Duration.ofDays(1)));
        o.recordCentreOpinion("ok", "centre", T0.plus(Duration.ofDays(2)));
        o.adjust("limited", "ca-nl", T0.plus(Duration.ofDays(3)));
        o.recordImplementationPlan("plan", "alpha", T0.plus(Duration.ofDays(4)));
        return o;
    }

    @Test
    void aDurationOverTheTypesMaximumIsRefusedAtTheDraft() {
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> draft(DetectionOrderType.GROOMING, "P13M"));
        assertEquals("end", e.field());
        assertEquals(DetectionOrderState.DRAFTED, draft(DetectionOrderType.GROOMING, "P12M").state());
    }

    @Test
    void lateCommentsAreRefusedAndTheDraftWaitsForTheCentreUntilItsPeriodEnds() {
        DetectionOrder o = draft(DetectionOrderType.KNOWN_MATERIAL, "P12M");
        o.sendForConsultation(RULES, LegalPeriod.weeks(2), "ca-nl", T0);
        assertEquals(T0.plus(Duration.ofDays(28)), o.opinionDueAt());
        assertThrows(RuleViolationException.class, () -> o.recordProviderComments("late", "alpha", T0.plus(Duration.ofDays(15))));
        assertNull(o.commentsAt());
        assertThrows(RuleViolationException.class, () -> o.adjust("too early", "ca-nl", T0.plus(Duration.ofDays(27))));
        assertEquals(DetectionOrderState.IN_CONSULTATION, o.state());
        o.adjust("both periods over", "ca-nl", T0.plus(Duration.ofDays(28)));
        assertEquals(DetectionOrderState.ADJUSTED, o.state());
        assertEquals(3, o.history().size());
    }

    @Test
    void groomingGoesToTheIssuingAuthorityOnlyWithItsDpiaAndDpaOpinion() {
        DetectionOrder o = planned(DetectionOrderType.GROOMING);
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> o.submit(RULES, "ca-nl", T0.plus(Duration.ofDays(5))));
        assertEquals("safeguards", e.field());
        o.recordDpia("dpia", "alpha", T0.plus(Duration.ofDays(5)));
        o.recordDpaOpinion("no objection", "ca-nl", T0.plus(Duration.ofDays(6)));
        o.submit(RULES, "ca-nl", T0.plus(Duration.ofDays(7)));
        assertEquals(DetectionOrderState.SUBMITTED, o.state());
        assertEquals("Art 7(4)", o.history().get(o.history().size() - 1).legalBasis());
    }

    @Test
    void theStartMustFitTheWindowFromReceiptAndTheReceiptSetsTheAppealWindow() {
        DetectionOrder o = planned(DetectionOrderType.KNOWN_MATERIAL);
        Instant at = T0.plus(Duration.ofDays(10));
        o.submit(RULES, "ca-nl", at);
        int rows = o.history().size();
        assertThrows(RuleViolationException.class, () -> o.issue(RULES, "court", at.plus(Duration.ofDays(60)), "why", "judge", at));
        assertEquals(DetectionOrderState.SUBMITTED, o.state());
        assertEquals(rows, o.history().size());
        Instant start = at.plus(Duration.ofDays(120));
        o.issue(RULES, "court", start, "why", "judge", at);
        assertEquals(LegalPeriod.months(12).after(start), o.endAt());
        o.transmit("judge", at);
        DetectionOrderSchedule s = o.acknowledge(RULES, "alpha", at.plus(Duration.ofHours(1)));
        assertEquals(DetectionOrderState.RECEIVED, o.state());
        assertEquals(LegalPeriod.months(1).after(at.plus(Duration.ofHours(1))), o.appealWindowClosesAt());
        assertEquals(start, s.start());
        o.clock(DetectionOrderEvent.CLOSE_APPEAL_WINDOW, o.appealWindowClosesAt(), "system", o.appealWindowClosesAt());
        o.clock(DetectionOrderEvent.START, start, "system", start);
        assertEquals(DetectionOrderState.IN_FORCE, o.state());
        assertThrows(RuleViolationException.class, () -> o.revoke(" ", "judge", start));
        o.revoke("no longer needed", "judge", start.plus(Duration.ofDays(1)));
        assertEquals(DetectionOrderState.REVOKED, o.state());
        assertEquals(List.of("DRAFT", "SEND_FOR_CONSULTATION", "RECORD_PROVIDER_COMMENTS", "RECORD_CENTRE_OPINION", "ADJUST_DRAFT",
                "RECORD_IMPLEMENTATION_PLAN", "SUBMIT_TO_ISSUING_AUTHORITY", "ISSUE", "TRANSMIT", "ACKNOWLEDGE_RECEIPT",
                "CLOSE_APPEAL_WINDOW", "START", "REVOKE"), o.history().stream().map(DetectionOrderStatusChange::event).toList());
    }

    @Test
    void anOrderInForceExpiresAtItsEndAndAnEndedOrderTakesNoClockEvent() {
        DetectionOrder o = planned(DetectionOrderType.NEW_MATERIAL);
        Instant at = T0.plus(Duration.ofDays(10));
        o.submit(RULES, "ca-nl", at);
        Instant start = at.plus(Duration.ofDays(100));
        o.issue(RULES, "court", start, "why", "judge", at);
        o.transmit("judge", at);
        o.acknowledge(RULES, "alpha", at);
        assertThrows(RuleViolationException.class, () -> o.clock(DetectionOrderEvent.START, start, "system", start),
                "not before the order is final");
        o.clock(DetectionOrderEvent.CLOSE_APPEAL_WINDOW, o.appealWindowClosesAt(), "system", o.appealWindowClosesAt());
        o.clock(DetectionOrderEvent.START, start, "system", start);
        o.clock(DetectionOrderEvent.EXPIRE, o.endAt(), "system", o.endAt());
        assertEquals(DetectionOrderState.EXPIRED, o.state());
        assertEquals(o.endAt(), o.endedAt());
        assertEquals("Art 7(9), third subparagraph", o.history().get(o.history().size() - 1).legalBasis());
        assertThrows(RuleViolationException.class, () -> o.revoke("too late", "judge", o.endAt()));
    }

    static DetectionOrder received(DetectionOrderType type, Instant at, Instant start) {
        DetectionOrder o = planned(type);
        if (type == DetectionOrderType.GROOMING) {
            o.recordDpia("dpia", "alpha", at);
            o.recordDpaOpinion("no objection", "ca-nl", at);
        }
        o.submit(RULES, "ca-nl", at);
        o.issue(RULES, "court", start, "why", "judge", at);
        o.transmit("judge", at);
        o.acknowledge(RULES, "alpha", at);
        return o;
    }

    @Test
    void aTwelveMonthOrderNeedsNoMidTermReportButAGroomingOrderOverSixMonthsDoes() {
        Instant at = T0.plus(Duration.ofDays(10));
        Instant start = at.plus(Duration.ofDays(100));
        assertTrue(received(DetectionOrderType.KNOWN_MATERIAL, at, start).execution().midTermReportDueAt().isEmpty(),
                "12 months is the threshold itself, not over it");
        DetectionOrder grooming = received(DetectionOrderType.GROOMING, at, start);
        Instant half = start.plus(Duration.between(start, grooming.endAt()).dividedBy(2));
        assertEquals(Optional.of(half), grooming.execution().midTermReportDueAt());
    }

    @Test
    void theMidTermReportIsTakenOnceDueAndTheOrderGoesBackInForce() {
        Instant at = T0.plus(Duration.ofDays(10));
        Instant start = at.plus(Duration.ofDays(100));
        DetectionOrder o = received(DetectionOrderType.GROOMING, at, start);
        o.clock(DetectionOrderEvent.CLOSE_APPEAL_WINDOW, o.appealWindowClosesAt(), "system", o.appealWindowClosesAt());
        o.clock(DetectionOrderEvent.START, start, "system", start);
        assertThrows(RuleViolationException.class, () -> o.recordMidTermReport("early", "alpha", start.plus(Duration.ofDays(1))));
        assertNull(o.execution().midTermReport());
        Instant due = o.execution().midTermReportDueAt().orElseThrow();
        o.clock(DetectionOrderEvent.MID_TERM_REPORT_FALLS_DUE, due, "system", due);
        assertEquals(DetectionOrderState.MID_TERM_REPORT_DUE, o.state());
        RuleViolationException blank = assertThrows(RuleViolationException.class, () -> o.recordMidTermReport(" ", "alpha", due));
        assertEquals("text", blank.field());
        o.recordMidTermReport("42 matches, 3 false positives", "alpha", due.plus(Duration.ofDays(2)));
        assertEquals(DetectionOrderState.IN_FORCE, o.state());
        assertEquals("42 matches, 3 false positives", o.execution().midTermReport());
        assertEquals(due.plus(Duration.ofDays(2)), o.execution().midTermReportAt());
        assertEquals("Art 9(3)", o.history().get(o.history().size() - 1).legalBasis());
    }

    @Test
    void anAnnexIiAnswerPausesTheOrderAndTheClarificationMovesTheDatesStillAheadByThePause() {
        Instant at = T0.plus(Duration.ofDays(10));
        Instant start = at.plus(Duration.ofDays(100));
        DetectionOrder o = received(DetectionOrderType.GROOMING, at, start);
        Instant end = o.endAt();
        Instant due = o.execution().midTermReportDueAt().orElseThrow();
        RuleViolationException noWhy = assertThrows(RuleViolationException.class,
                () -> o.answerAnnexIi(AnnexIiGround.MANIFEST_ERRORS, " ", "which service?", "alpha", at));
        assertEquals("explanation", noWhy.field());
        assertEquals(DetectionOrderState.RECEIVED, o.state());
        Instant paused = at.plus(Duration.ofDays(2));
        o.answerAnnexIi(AnnexIiGround.INSUFFICIENT_INFORMATION, "the service is not named", "which service?", "alpha", paused);
        assertEquals(DetectionOrderState.PAUSED_BEFORE_FINAL, o.state());
        assertEquals("INSUFFICIENT_INFORMATION: the service is not named", o.history().get(o.history().size() - 1).reason());
        o.clock(DetectionOrderEvent.CLOSE_APPEAL_WINDOW, o.appealWindowClosesAt(), "system", o.appealWindowClosesAt());
        assertEquals(DetectionOrderState.PAUSED_BEFORE_START, o.state(), "the court's appeal window goes on in a pause");
        Instant resumed = paused.plus(Duration.ofDays(40));
        DetectionOrderSchedule s = o.resume(RULES, "the public links of the service", "ca-nl", resumed);
        Duration pause = Duration.ofDays(40);
        assertEquals(DetectionOrderState.FINAL, o.state());
        assertEquals(start.plus(pause), o.startAt());
        assertEquals(end.plus(pause), o.endAt());
        assertEquals(Optional.of(due.plus(pause)), o.execution().midTermReportDueAt());
        assertEquals(o.startAt(), s.start());
        assertEquals("the public links of the service", o.execution().clarification());
        assertEquals(resumed, o.execution().clarifiedAt());
        assertEquals("Art 8(3), Annex II", o.history().get(o.history().size() - 1).legalBasis());
    }

    @Test
    void aClarificationWithoutAnAnswerOrWithoutTextIsRefused() {
        Instant at = T0.plus(Duration.ofDays(10));
        DetectionOrder o = received(DetectionOrderType.KNOWN_MATERIAL, at, at.plus(Duration.ofDays(100)));
        assertThrows(RuleViolationException.class, () -> o.resume(RULES, "nothing to clarify", "ca-nl", at));
        o.answerAnnexIi(AnnexIiGround.MANIFEST_ERRORS, "wrong set", "the right set", "alpha", at);
        RuleViolationException blank = assertThrows(RuleViolationException.class, () -> o.resume(RULES, "", "ca-nl", at));
        assertEquals("clarification", blank.field());
        assertEquals(DetectionOrderState.PAUSED_BEFORE_FINAL, o.state());
    }

    @Test
    void aModificationEndsTheOrderAndIssuesItsReplacementWithTheOriginalStartAndItsOwnAppealWindow() {
        Instant at = T0.plus(Duration.ofDays(10));
        Instant start = at.plus(Duration.ofDays(100));
        DetectionOrder old = received(DetectionOrderType.KNOWN_MATERIAL, at, start);
        old.clock(DetectionOrderEvent.CLOSE_APPEAL_WINDOW, old.appealWindowClosesAt(), "system", old.appealWindowClosesAt());
        old.clock(DetectionOrderEvent.START, start, "system", start);
        Instant later = start.plus(Duration.ofDays(60));
        Set<IndicatorSetId> sets = Set.of(new IndicatorSetId(java.util.UUID.randomUUID()));
        RuleViolationException tooLong = assertThrows(RuleViolationException.class, () -> DetectionOrder.modificationOf(old, sets,
                LegalPeriod.months(25), "human review", "court", "longer", RULES, "judge", later));
        assertEquals("end", tooLong.field());

        DetectionOrder replacement = DetectionOrder.modificationOf(old, sets, LegalPeriod.months(18), "human review, second reviewer",
                "court", "more sets after the mid-term assessment", RULES, "judge", later);
        old.modify(replacement, "more sets after the mid-term assessment", "judge", later);
        assertEquals(DetectionOrderState.MODIFIED, old.state());
        assertEquals(Optional.of(replacement.id()), old.replacedBy());
        assertEquals(later, old.endedAt());
        assertEquals("Art 9(4)", old.history().get(old.history().size() - 1).legalBasis());
        assertEquals(DetectionOrderState.ISSUED, replacement.state());
        assertEquals(Optional.of(old.id()), replacement.replaces());
        assertEquals(start, replacement.startAt());
        assertEquals(LegalPeriod.months(18).after(start), replacement.endAt());
        assertEquals(sets, replacement.indicatorSets());
        assertEquals(old.reference(), replacement.reference());
        assertEquals(DetectionOrder.MODIFICATION, replacement.history().get(0).event());
        assertEquals("Art 9(4)", replacement.history().get(0).legalBasis());

        replacement.transmit("judge", later);
        Instant receipt = later.plus(Duration.ofHours(2));
        DetectionOrderSchedule s = replacement.acknowledge(RULES, "alpha", receipt);
        assertEquals(start, s.start(), "the original start, though it passed: no new start window");
        assertEquals(LegalPeriod.months(1).after(receipt), s.appealWindowCloses(), "its own appeal window from its receipt");
        assertEquals(DetectionOrderState.RECEIVED, replacement.state());
    }

    @Test
    void onlyAnIssuedOrderCanBeModified() {
        DetectionOrder drafted = draft(DetectionOrderType.KNOWN_MATERIAL, "P12M");
        assertThrows(RuleViolationException.class, () -> DetectionOrder.modificationOf(drafted,
                Set.of(new IndicatorSetId(java.util.UUID.randomUUID())), LegalPeriod.months(12), "s", "court", "why", RULES, "judge", T0));
        assertEquals(DetectionOrderState.DRAFTED, drafted.state());
    }

    @Test
    void aRequestFromARiskAssessmentNamesItAndOneWithoutNamesNone() {
        RiskAssessmentId assessment = new RiskAssessmentId(java.util.UUID.randomUUID());
        DetectionOrder fromAssessment = DetectionOrder.draft("NL-DO-2", MemberState.NL, new ProviderId(java.util.UUID.randomUUID()),
                "Alpha (synthetic)", Addressee.POINT_OF_CONTACT, "poc@alpha.example", "public links",
                DetectionOrderType.KNOWN_MATERIAL, Set.of(new IndicatorSetId(java.util.UUID.randomUUID())), LegalPeriod.months(12),
                "human review", "TECH-1", "synthetic reasons", assessment, RULES, "ca-nl", T0);
        assertEquals(Optional.of(assessment), fromAssessment.riskAssessment());
        assertEquals(Optional.empty(), draft(DetectionOrderType.KNOWN_MATERIAL, "P12M").riskAssessment());
    }

    @Test
    void anOrderRunsUntilItsEndOnlyFromItsIssueUntilItEnds() {
        assertEquals(Optional.empty(), planned(DetectionOrderType.KNOWN_MATERIAL).runsUntil(), "a request binds no assessment");
        Instant at = T0.plus(Duration.ofDays(10));
        DetectionOrder o = received(DetectionOrderType.KNOWN_MATERIAL, at, at.plus(Duration.ofDays(100)));
        assertEquals(Optional.of(o.endAt()), o.runsUntil());
        o.revoke("risk mitigated", "judge", at.plus(Duration.ofDays(1)));
        assertEquals(Optional.empty(), o.runsUntil(), "a revoked order no longer binds");
    }
}
