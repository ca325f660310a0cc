package eu.csar.reports.domain;

import eu.csar.legal.api.LegalPeriod;
import eu.csar.reports.api.Jurisdiction;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * When the provider may inform the user (Art 12(2), Art 48(6)(a)): three months after the report
 * once forwarded (COM-2022-209), later while law enforcement holds it, never more than eighteen
 * months after the report; a hold never shortens one in force; only a forwarded report is held.
 */
class UserInformationHoldTest {

    static final LegalPeriod THREE_MONTHS = LegalPeriod.months(3);
    static final LegalPeriod EIGHTEEN_MONTHS = LegalPeriod.months(18);

    static Report forwarded() {
        Report report = ReportLifecycleTest.in(eu.csar.reports.api.ReportState.IN_REVIEW);
        report.decideForward(ReportLifecycleTest.FIRST, Jurisdiction.decided(Set.of(MemberState.NL), true), "P", 1, ReportLifecycleTest.AT);
        report.scheduleUserInformation(THREE_MONTHS);
        return report;
    }

    static Instant months(Instant from, int n) {
        return from.atZone(ZoneOffset.UTC).plusMonths(n).toInstant();
    }

    @Test
    void withoutAHoldTheProviderMayInformTheUserThreeMonthsAfterTheReport() {
        Report report = forwarded();
        assertEquals(months(report.finishedAt(), 3), report.mayInformUserFrom());
        assertNull(report.userInformationHoldUntil());
    }

    @Test
    void aHoldDefersItAndIsCutAtTheMaximum() {
        Report report = forwarded();
        Instant at = ReportLifecycleTest.AT.plusSeconds(60);
        Instant tenMonths = months(report.finishedAt(), 10);
        assertEquals(tenMonths, report.holdUserInformation(tenMonths, "NL", EIGHTEEN_MONTHS, at));
        assertEquals(tenMonths, report.mayInformUserFrom());
        assertEquals("NL", report.userInformationHoldBy());
        assertEquals(tenMonths, report.holdUserInformation(months(report.finishedAt(), 5), "EUROPOL", EIGHTEEN_MONTHS, at),
                "a shorter hold does not shorten the one in force");
        assertEquals("NL", report.userInformationHoldBy());
        Instant cap = months(report.finishedAt(), 18);
        assertEquals(cap, report.holdUserInformation(months(report.finishedAt(), 30), "EUROPOL", EIGHTEEN_MONTHS, at));
        assertEquals(cap, report.mayInformUserFrom());
    }

    @Test
    void aHoldThatDoesNotReachBeyondTheDelayChangesNothingForTheProvider() {
        Report report = forwarded();
        Instant oneMonth = months(report.finishedAt(), 1);
        report.holdUserInformation(oneMonth, "NL", EIGHTEEN_MONTHS, ReportLifecycleTest.AT);
        assertEquals(months(report.finishedAt(), 3), report.mayInformUserFrom());
    }

    @Test
    void onlyAForwardedReportIsHeldAndOnlyUntilALaterTime() {
        Report report = forwarded();
        RuleViolationException past = assertThrows(RuleViolationException.class,
                () -> report.holdUserInformation(ReportLifecycleTest.AT, "NL", EIGHTEEN_MONTHS, ReportLifecycleTest.AT));
        assertEquals("until", past.field());
        Report inReview = ReportLifecycleTest.in(eu.csar.reports.api.ReportState.IN_REVIEW);
        assertThrows(RuleViolationException.class, () -> inReview.holdUserInformation(months(ReportLifecycleTest.AT, 6), "NL",
                EIGHTEEN_MONTHS, ReportLifecycleTest.AT));
        assertThrows(RuleViolationException.class, () -> inReview.scheduleUserInformation(THREE_MONTHS));
        assertNull(inReview.mayInformUserFrom(), "nothing to tell before the Centre decided");
    }
}
