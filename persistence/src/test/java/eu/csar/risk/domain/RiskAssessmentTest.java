package eu.csar.risk.domain;

import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileRef;
import eu.csar.risk.api.AssessmentKind;
import eu.csar.risk.api.DueKind;
import eu.csar.risk.api.RiskAssessmentId;
import eu.csar.risk.api.RiskAssessmentState;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A risk assessment's fields and due dates with a fixed clock: the fields are exactly those the
 * profile lists (a missing, blank or unknown one is refused naming it), the date it was carried out
 * comes from the {@code assessedAt} field, the next assessment falls due the profile's update
 * interval later on the UTC calendar, a report later than the report period is marked late, an
 * answer's due date is the profile's period, and only the open due date can become overdue.
 */
class RiskAssessmentTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T09:30:00Z"), ZoneOffset.UTC);
    static final List<String> FIELDS = List.of("riskAssessment", "mitigationMeasures", "serviceDescription", "childUsers", "assessedAt");
    static final RiskDueDates DUE = new RiskDueDates(LegalPeriod.years(3), LegalPeriod.months(3), LegalPeriod.months(1),
            LegalPeriod.months(2));

    static Map<String, String> fields(String assessedAt) {
        Map<String, String> f = new HashMap<>();
        f.put("riskAssessment", "Risk of solicitation judged low (synthetic)");
        f.put("mitigationMeasures", "Reporting button; default private profiles");
        f.put("serviceDescription", "Photo hosting for small businesses");
        f.put("childUsers", "Terms require 16+; no child accounts known");
        f.put("assessedAt", assessedAt);
        return f;
    }

    static RiskAssessment submit(Map<String, String> f) {
        return RiskAssessment.submit(ProviderId.random(), "Alpha Hosting (synthetic)", Set.of(MemberState.NL, MemberState.DE),
                AssessmentKind.SERVICE, new ProfileRef("COM-2022-209", 1), FIELDS, f, DUE, "alpha", CLOCK.instant());
    }

    @Test
    void theNextAssessmentFallsDueTheUpdateIntervalAfterTheDateItWasCarriedOut() {
        RiskAssessment a = submit(fields("2026-11-30"));
        assertEquals(Instant.parse("2026-11-30T00:00:00Z"), a.assessedAt());
        assertEquals(Instant.parse("2029-11-30T00:00:00Z"), a.updateDueAt());
        assertEquals(a.updateDueAt(), a.nextDueAt());
        assertFalse(a.reportedLate());
        assertEquals(RiskAssessmentState.SUBMITTED, a.state());
        assertEquals(Set.of(MemberState.DE, MemberState.NL), a.memberStates());
        assertEquals("SUBMIT", a.history().get(0).event());
        assertEquals("Art 3, Art 4, Art 5(1)", a.history().get(0).legalBasis());
        assertEquals(CLOCK.instant(), a.submittedAt());
    }

    @Test
    void aLeapDayAssessmentFallsDueOnTheLastDayOfFebruaryAndAnInstantKeepsItsTimeOfDay() {
        assertEquals(Instant.parse("2027-02-28T00:00:00Z"), DUE.nextAssessment(Instant.parse("2024-02-29T00:00:00Z")));
        RiskAssessment a = submit(fields("2026-12-01T08:15:00Z"));
        assertEquals(Instant.parse("2029-12-01T08:15:00Z"), a.updateDueAt());
    }

    @Test
    void aReportLaterThanTheReportPeriodAfterTheAssessmentIsMarkedLateOneAtItsEndIsNot() {
        assertTrue(submit(fields("2026-09-02")).reportedLate());
        assertFalse(DUE.reportedLate(Instant.parse("2026-09-03T09:30:00Z"), CLOCK.instant()));
        assertTrue(DUE.reportedLate(Instant.parse("2026-09-03T09:29:59Z"), CLOCK.instant()));
        assertEquals("reported after the period of Art 5(1)", submit(fields("2026-01-01")).history().get(0).reason());
    }

    @Test
    void theAnswerPeriodsAreTheProfilesOwn() {
        assertEquals(LegalPeriod.months(1), DUE.answerPeriod(RiskAssessmentEvent.REQUEST_INFORMATION));
        assertEquals(LegalPeriod.months(2), DUE.answerPeriod(RiskAssessmentEvent.REQUIRE_MEASURES));
        assertThrows(IllegalArgumentException.class, () -> DUE.answerPeriod(RiskAssessmentEvent.ACCEPT));
    }

    @Test
    void missingBlankUnknownAndMalformedFieldsAreRefusedNamingTheField() {
        Map<String, String> missing = fields("2026-11-30");
        missing.remove("childUsers");
        assertEquals("fields.childUsers", refused(missing).field());
        Map<String, String> blank = fields("2026-11-30");
        blank.put("mitigationMeasures", "  ");
        assertEquals("fields.mitigationMeasures", refused(blank).field());
        Map<String, String> unknown = fields("2026-11-30");
        unknown.put("favouriteColour", "blue");
        assertEquals("fields.favouriteColour", refused(unknown).field());
        assertEquals("fields.assessedAt", refused(fields("yesterday")).field());
        assertEquals("fields.assessedAt", refused(fields("2026-12-04")).field());
        Map<String, String> tooLong = fields("2026-11-30");
        tooLong.put("riskAssessment", "x".repeat(RiskAssessment.MAX_FIELD + 1));
        assertEquals("fields.riskAssessment", refused(tooLong).field());
    }

    static RuleViolationException refused(Map<String, String> f) {
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> submit(f));
        assertEquals(RuleViolationException.Code.INVALID, e.code());
        return e;
    }

    @Test
    void withoutAnAssessedAtFieldTheSubmissionIsTheDateAndFieldsAreStripped() {
        RiskAssessment a = RiskAssessment.submit(ProviderId.random(), "Gamma Apps (synthetic)", Set.of(MemberState.IE),
                AssessmentKind.APP_STORE, new ProfileRef("COM-2022-209", 1), List.of("ageVerification"),
                Map.of("ageVerification", "  age estimation at install  "), DUE, "gamma", CLOCK.instant());
        assertEquals(CLOCK.instant(), a.assessedAt());
        assertEquals("age estimation at install", a.fields().get("ageVerification"));
        assertEquals("Art 6", a.history().get(0).legalBasis());
    }

    @Test
    void aRequestSetsTheAnswerDueDateAndAnAnswerClearsItAndItsOverdue() {
        RiskAssessment a = submit(fields("2026-11-30"));
        Instant due = DUE.answerPeriod(RiskAssessmentEvent.REQUEST_INFORMATION).after(CLOCK.instant());
        UUID deadline = UUID.randomUUID();
        a.request(RiskAssessmentEvent.REQUEST_INFORMATION, "Which age checks?", due, deadline, "ca-nl", CLOCK.instant());
        assertEquals(Instant.parse("2027-01-03T09:30:00Z"), a.answerDueAt());
        assertEquals(DueKind.INFORMATION, a.answerKind());
        assertEquals(a.answerDueAt(), a.nextDueAt());
        assertFalse(a.markOverdue(DueKind.MEASURES, due), "not the open request");
        assertTrue(a.markOverdue(DueKind.INFORMATION, due));
        assertFalse(a.markOverdue(DueKind.INFORMATION, due), "recorded once");
        assertEquals(due, a.overdueSince());
        assertEquals(deadline, a.supplement("Estimation at sign-up", "alpha", due.plusSeconds(60)).orElseThrow());
        assertNull(a.overdueKind());
        assertNull(a.answerDueAt());
        assertEquals(a.updateDueAt(), a.nextDueAt());
        assertEquals(RiskAssessmentState.SUBMITTED, a.state());
        assertEquals("Estimation at sign-up", a.responseText());
    }

    @Test
    void anOverdueUpdateStaysOverdueAfterAnAnswerAndASupersededAssessmentIsNeverOverdue() {
        RiskAssessment a = submit(fields("2026-11-30"));
        assertTrue(a.markOverdue(DueKind.UPDATE, a.updateDueAt()));
        a.request(RiskAssessmentEvent.REQUIRE_MEASURES, "Add a report button", a.updateDueAt().plusSeconds(60), null, "ca-nl",
                CLOCK.instant());
        a.supplement("Done", "alpha", CLOCK.instant());
        assertEquals(DueKind.UPDATE, a.overdueKind());
        RiskAssessment b = submit(fields("2026-11-30"));
        UUID update = UUID.randomUUID();
        b.updateScheduled(update);
        assertEquals(List.of(update), b.supersede(new RiskAssessmentId(UUID.randomUUID()), "alpha", CLOCK.instant()));
        assertFalse(b.markOverdue(DueKind.UPDATE, b.updateDueAt()));
    }

    @Test
    void aCategoryMustBeOneOfTheProfilesAndARequestSaysWhat() {
        RiskAssessment a = submit(fields("2026-11-30"));
        assertEquals("category", assertThrows(RuleViolationException.class,
                () -> a.assignCategory("EXTREME", List.of("HIGH", "MEDIUM", "LOW"), "ca-nl", CLOCK.instant())).field());
        a.assignCategory("MEDIUM", List.of("HIGH", "MEDIUM", "LOW"), "ca-nl", CLOCK.instant());
        assertEquals("MEDIUM", a.category());
        assertEquals("ca-nl", a.categorisedBy());
        assertEquals("text", assertThrows(RuleViolationException.class, () -> a.request(RiskAssessmentEvent.REQUEST_INFORMATION,
                " ", CLOCK.instant(), null, "ca-nl", CLOCK.instant())).field());
        assertThrows(IllegalArgumentException.class, () -> a.request(RiskAssessmentEvent.ACCEPT, "x", CLOCK.instant(), null,
                "ca-nl", CLOCK.instant()));
    }

    @Test
    void aDetectionOrderInForceBringsTheNextAssessmentForwardOnlyWhenItsBoundIsEarlierAndAfterTheAssessment() {
        Instant assessed = Instant.parse("2026-11-30T00:00:00Z");
        Instant regular = Instant.parse("2029-11-30T00:00:00Z");
        // an order ending 1 June 2028: its update is due 2 months before, 1 April 2028 (the profile's period, counted back)
        Instant bound = LegalPeriod.months(2).before(Instant.parse("2028-06-01T00:00:00Z"));
        assertEquals(Instant.parse("2028-04-01T00:00:00Z"), bound);
        assertEquals(bound, DUE.nextAssessment(assessed, List.of(bound)));
        assertEquals(bound, DUE.nextAssessment(assessed, List.of(regular.plusSeconds(1), bound)), "the earliest bound");
        assertEquals(regular, DUE.nextAssessment(assessed, List.of()), "no order: the regular interval");
        assertEquals(regular, DUE.nextAssessment(assessed, List.of(regular.plusSeconds(1))), "an order ending later binds nothing");
        assertEquals(regular, DUE.nextAssessment(assessed, List.of(assessed)), "a bound this assessment met binds nothing");
        assertEquals(regular, DUE.nextAssessment(assessed, List.of(assessed.minusSeconds(1))));
        Instant justAfter = assessed.plusSeconds(1);
        assertEquals(justAfter, DUE.nextAssessment(assessed, List.of(justAfter)));
    }

    @Test
    void movingTheUpdateDueDateReturnsTheOldDeadlineAndLiftsAnOverdueMarkOnlyWhenTheNewDateIsAhead() {
        RiskAssessment a = submit(fields("2026-11-30"));
        UUID old = UUID.randomUUID();
        a.updateScheduled(old);
        Instant earlier = Instant.parse("2028-04-01T00:00:00Z");
        assertEquals(Optional.of(old), a.moveUpdateDue(earlier, CLOCK.instant()));
        assertEquals(earlier, a.updateDueAt());
        assertEquals(earlier, a.nextDueAt());
        assertEquals(Optional.empty(), a.moveUpdateDue(earlier, CLOCK.instant()), "the same date: nothing to reschedule");

        assertTrue(a.markOverdue(DueKind.UPDATE, earlier));
        Instant later = Instant.parse("2029-11-30T00:00:00Z");
        assertEquals(Optional.empty(), a.moveUpdateDue(later, later.plusSeconds(1)), "no deadline was scheduled since");
        assertEquals(DueKind.UPDATE, a.overdueKind(), "the new date passed too: still overdue");
        a.moveUpdateDue(earlier, later);
        a.moveUpdateDue(later, earlier.plusSeconds(60));
        assertNull(a.overdueKind(), "the order ended: the regular date is ahead again");
        assertNull(a.overdueSince());

        a.supersede(new RiskAssessmentId(UUID.randomUUID()), "alpha", CLOCK.instant());
        assertEquals(Optional.empty(), a.moveUpdateDue(earlier, CLOCK.instant()), "a superseded assessment keeps its dates");
        assertEquals(later, a.updateDueAt());
    }

    @Test
    void theFirstAssessmentIsDueTheProfilesPeriodAfterTheProviderBecameSubjectOnTheUtcCalendar() {
        assertEquals(Instant.parse("2027-03-03T09:30:00Z"), RiskDueDates.firstAssessment(LegalPeriod.months(3), CLOCK.instant()));
        assertEquals(Instant.parse("2027-02-28T12:00:00Z"),
                RiskDueDates.firstAssessment(LegalPeriod.months(3), Instant.parse("2026-11-30T12:00:00Z")), "no 30 February");
    }
}
