package eu.csar.orders.domain;

import eu.csar.legal.api.ProfileKey;
import eu.csar.legal.api.ValueKind;
import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static eu.csar.orders.domain.DetectionOrderTestProfiles.com;
import static eu.csar.orders.domain.DetectionOrderTestProfiles.comWith;
import static eu.csar.orders.domain.DetectionOrderTestProfiles.ref;
import static eu.csar.orders.domain.DetectionOrderType.GROOMING;
import static eu.csar.orders.domain.DetectionOrderType.KNOWN_MATERIAL;
import static eu.csar.orders.domain.DetectionOrderType.NEW_MATERIAL;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dates of an issued detection order under COM-2022-209 as shipped (start 3 to 12 months after
 * receipt, 24 or 12 months at most, mid-term report above 12 or 6 months, appeal window 1 month):
 * each rule exactly at its limit and one day over, on a clock the test moves.
 */
class DetectionOrderScheduleTest {

    static final Instant RECEIVED = Instant.parse("2027-03-10T08:00:00Z");
    static final Instant EARLIEST = Instant.parse("2027-06-10T08:00:00Z");   // + P3M
    static final Instant LATEST = Instant.parse("2028-03-10T08:00:00Z");     // + P12M
    static final Instant FINAL = Instant.parse("2027-04-10T08:00:00Z");      // + P1M appeal window
    static final Duration ONE_DAY = Duration.ofDays(1);

    final DetectionOrderTestClock clock = new DetectionOrderTestClock(RECEIVED);

    static RuleViolationException refused(String field, Runnable r) {
        RuleViolationException e = assertThrows(RuleViolationException.class, r::run);
        assertEquals(RuleViolationException.Code.INVALID, e.code());
        assertEquals(field, e.field());
        return e;
    }

    @Test
    void theStartLiesBetweenThreeAndTwelveMonthsAfterReceiptBothEndsIncluded() {
        Instant received = clock.instant();
        DetectionOrderSchedule s = DetectionOrderSchedule.atReceipt(com(), KNOWN_MATERIAL, received, EARLIEST, EARLIEST.plus(ONE_DAY));
        assertEquals(EARLIEST, s.start());
        assertEquals(received, s.receivedAt());
        assertEquals(ref("COM-2022-209"), s.profile());
        assertEquals(KNOWN_MATERIAL, s.type());
        assertDoesNotThrow(() -> DetectionOrderSchedule.atReceipt(com(), KNOWN_MATERIAL, received, LATEST, LATEST.plus(ONE_DAY)));

        RuleViolationException early = refused("start", () -> DetectionOrderSchedule.atReceipt(com(), KNOWN_MATERIAL, received,
                EARLIEST.minus(ONE_DAY), EARLIEST.plus(ONE_DAY)));
        assertEquals("A detection order starts between P3M (detection-order.start-earliest, Art 7(9), second subparagraph) and "
                + "P12M (detection-order.start-latest, Art 7(9), second subparagraph) after receipt under COM-2022-209 v1: "
                + "received 2027-03-10T08:00:00Z, it starts between 2027-06-10T08:00:00Z and 2028-03-10T08:00:00Z, "
                + "not at 2027-06-09T08:00:00Z", early.getMessage());
        refused("start", () -> DetectionOrderSchedule.atReceipt(com(), KNOWN_MATERIAL, received,
                LATEST.plus(ONE_DAY), LATEST.plus(ONE_DAY.multipliedBy(2))));
    }

    @Test
    void theStartWindowCountsFromTheReceiptNotFromTheIssue() {
        clock.advance(Duration.ofDays(5));   // the provider acknowledged five days later
        Instant received = clock.instant();
        refused("start", () -> DetectionOrderSchedule.atReceipt(com(), KNOWN_MATERIAL, received, EARLIEST, EARLIEST.plus(ONE_DAY)));
        assertDoesNotThrow(() -> DetectionOrderSchedule.atReceipt(com(), KNOWN_MATERIAL, received,
                EARLIEST.plus(Duration.ofDays(5)), LATEST));
    }

    @ParameterizedTest(name = "{0}: at most {1}")
    @CsvSource({"KNOWN_MATERIAL, 2029-06-10T08:00:00Z", "NEW_MATERIAL, 2029-06-10T08:00:00Z", "GROOMING, 2028-06-10T08:00:00Z"})
    void anOrderRunsAtMostItsTypesMaximumDuration(DetectionOrderType type, Instant latestEnd) {
        DetectionOrderSchedule s = DetectionOrderSchedule.atReceipt(com(), type, RECEIVED, EARLIEST, latestEnd);
        assertEquals(latestEnd, s.end());
        RuleViolationException over = refused("end",
                () -> DetectionOrderSchedule.atReceipt(com(), type, RECEIVED, EARLIEST, latestEnd.plus(ONE_DAY)));
        assertTrue(over.getMessage().contains(type.maxDurationKey().key()) && over.getMessage().contains("Art 7(9), third subparagraph")
                && over.getMessage().contains("COM-2022-209 v1"), over.getMessage());
        refused("end", () -> DetectionOrderSchedule.checkTerms(com(), type, EARLIEST, latestEnd.plus(ONE_DAY)));
        assertDoesNotThrow(() -> DetectionOrderSchedule.checkTerms(com(), type, EARLIEST, latestEnd));
    }

    @Test
    void anOrderEndsAfterItStarts() {
        refused("end", () -> DetectionOrderSchedule.checkTerms(com(), KNOWN_MATERIAL, EARLIEST, EARLIEST));
        refused("end", () -> DetectionOrderSchedule.checkTerms(com(), KNOWN_MATERIAL, EARLIEST, EARLIEST.minus(ONE_DAY)));
        assertDoesNotThrow(() -> DetectionOrderSchedule.checkTerms(com(), KNOWN_MATERIAL, EARLIEST, EARLIEST.plusSeconds(1)));
    }

    @Test
    void aTypeTheProfileDoesNotAllowIsRefusedInTheTerms() {
        DetectionOrderProfile knownOnly = comWith(ProfileKey.DETECTION_ORDER__DETECTION_TYPES, ValueKind.LIST, "KNOWN_MATERIAL");
        refused("detectionType", () -> DetectionOrderSchedule.checkTerms(knownOnly, GROOMING, EARLIEST, EARLIEST.plus(ONE_DAY)));
    }

    @ParameterizedTest(name = "{0}: threshold ends {1}")
    @CsvSource({
            "KNOWN_MATERIAL, 2028-06-10T08:00:00Z, 2027-12-10T20:00:00Z",
            "NEW_MATERIAL,   2028-06-10T08:00:00Z, 2027-12-10T20:00:00Z",
            "GROOMING,       2027-12-10T08:00:00Z, 2027-09-10T08:00:00Z"})
    void aMidTermReportIsDueHalfwayThroughAnOrderLongerThanItsTypesThreshold(DetectionOrderType type, Instant threshold,
                                                                              Instant halfwayOneDayOver) {
        DetectionOrderSchedule exactly = DetectionOrderSchedule.atReceipt(com(), type, RECEIVED, EARLIEST, threshold);
        assertEquals(Optional.empty(), exactly.midTermReportDue(), "exactly the threshold needs no report");
        assertEquals(Optional.empty(), exactly.when(DetectionOrderEvent.MID_TERM_REPORT_FALLS_DUE));
        assertFalse(exactly.reached(DetectionOrderEvent.MID_TERM_REPORT_FALLS_DUE, threshold));
        DetectionOrderSchedule over = DetectionOrderSchedule.atReceipt(com(), type, RECEIVED, EARLIEST, threshold.plus(ONE_DAY));
        assertEquals(Optional.of(halfwayOneDayOver), over.midTermReportDue());
        assertEquals(Duration.between(EARLIEST, over.end()), Duration.between(EARLIEST, halfwayOneDayOver).multipliedBy(2));
    }

    @Test
    void theOrderIsFinalWhenTheAppealWindowClosesAndNeverStartsBefore() {
        DetectionOrderSchedule s = DetectionOrderSchedule.atReceipt(com(), KNOWN_MATERIAL, RECEIVED, EARLIEST, LATEST);
        assertEquals(FINAL, s.appealWindowCloses());
        DetectionOrderProfile longAppeal = comWith(ProfileKey.DETECTION_ORDER__APPEAL_WINDOW, ValueKind.DURATION, "P4M");
        Instant finalAt = Instant.parse("2027-07-10T08:00:00Z");
        RuleViolationException early = refused("start",
                () -> DetectionOrderSchedule.atReceipt(longAppeal, KNOWN_MATERIAL, RECEIVED, finalAt.minus(ONE_DAY), LATEST));
        assertTrue(early.getMessage().contains("detection-order.appeal-window") && early.getMessage().contains(finalAt.toString()),
                early.getMessage());
        assertEquals(finalAt, DetectionOrderSchedule.atReceipt(longAppeal, KNOWN_MATERIAL, RECEIVED, finalAt, LATEST).appealWindowCloses());
    }

    @Test
    void theClockEventsFallDueAtTheirInstantExactly() {
        Instant end = Instant.parse("2028-12-10T08:00:00Z");
        DetectionOrderSchedule s = DetectionOrderSchedule.atReceipt(com(), KNOWN_MATERIAL, RECEIVED, EARLIEST, end);
        Instant halfway = s.midTermReportDue().orElseThrow();
        assertEquals(Optional.of(FINAL), s.when(DetectionOrderEvent.CLOSE_APPEAL_WINDOW));
        assertEquals(Optional.of(EARLIEST), s.when(DetectionOrderEvent.START));
        assertEquals(Optional.of(halfway), s.when(DetectionOrderEvent.MID_TERM_REPORT_FALLS_DUE));
        assertEquals(Optional.of(end), s.when(DetectionOrderEvent.EXPIRE));
        assertEquals(Optional.empty(), s.when(DetectionOrderEvent.ISSUE));
        assertFalse(s.reached(DetectionOrderEvent.ISSUE, end));
        for (DetectionOrderEvent e : new DetectionOrderEvent[]{DetectionOrderEvent.CLOSE_APPEAL_WINDOW, DetectionOrderEvent.START,
                DetectionOrderEvent.MID_TERM_REPORT_FALLS_DUE, DetectionOrderEvent.EXPIRE}) {
            Instant due = s.when(e).orElseThrow();
            clock.set(due.minusSeconds(1));
            assertFalse(s.reached(e, clock.instant()), e.name());
            clock.set(due);
            assertTrue(s.reached(e, clock.instant()), e.name());
            clock.advance(ONE_DAY);
            assertTrue(s.reached(e, clock.instant()), e.name());
        }
    }

    @Test
    void anAnnexIIPauseBeforeTheStartMovesEveryDateTheProfileNamesByItsLength() {
        Instant end = Instant.parse("2028-12-10T08:00:00Z");
        DetectionOrderSchedule s = DetectionOrderSchedule.atReceipt(com(), KNOWN_MATERIAL, RECEIVED, EARLIEST, end);
        Instant pausedAt = clock.set(Instant.parse("2027-05-01T00:00:00Z")).instant();
        Instant resumedAt = clock.advance(Duration.ofDays(10)).instant();
        DetectionOrderSchedule after = s.resumed(com(), pausedAt, resumedAt);
        assertEquals(EARLIEST.plus(Duration.ofDays(10)), after.start());
        assertEquals(s.midTermReportDue().orElseThrow().plus(Duration.ofDays(10)), after.midTermReportDue().orElseThrow());
        assertEquals(end.plus(Duration.ofDays(10)), after.end());
        assertEquals(FINAL, after.appealWindowCloses(), "the appeal window is the court's, not paused");
        assertEquals(RECEIVED, after.receivedAt());
        assertEquals(s.profile(), after.profile());
        assertEquals(s.type(), after.type());
    }

    @Test
    void aDateThatTheProfileDoesNotPauseOrThatWasReachedStays() {
        Instant end = Instant.parse("2028-12-10T08:00:00Z");
        DetectionOrderSchedule s = DetectionOrderSchedule.atReceipt(com(), KNOWN_MATERIAL, RECEIVED, EARLIEST, end);
        DetectionOrderProfile startOnly = comWith(ProfileKey.DETECTION_ORDER__ANNEX_II_PAUSES, ValueKind.LIST, "START");
        DetectionOrderSchedule after = s.resumed(startOnly, FINAL, FINAL.plus(ONE_DAY));
        assertEquals(EARLIEST.plus(ONE_DAY), after.start());
        assertEquals(s.midTermReportDue(), after.midTermReportDue());
        assertEquals(end, after.end());

        DetectionOrderSchedule inForce = s.resumed(com(), EARLIEST, EARLIEST.plus(ONE_DAY));
        assertEquals(EARLIEST, inForce.start(), "paused at the start instant: the start was reached");
        assertEquals(end.plus(ONE_DAY), inForce.end());

        DetectionOrderSchedule none = s.resumed(com(), end, end.plus(ONE_DAY));
        assertEquals(s, none, "paused at the end: nothing left to hold");
    }

    @Test
    void anOrderWithoutAReportKeepsNoneAfterAPause() {
        DetectionOrderSchedule s = DetectionOrderSchedule.atReceipt(com(), KNOWN_MATERIAL, RECEIVED, EARLIEST, LATEST);
        assertEquals(Optional.empty(), s.resumed(com(), FINAL, FINAL.plus(ONE_DAY)).midTermReportDue());
    }

    @Test
    void anOrderResumesAfterItsPauseBegan() {
        DetectionOrderSchedule s = DetectionOrderSchedule.atReceipt(com(), KNOWN_MATERIAL, RECEIVED, EARLIEST, LATEST);
        refused("resumedAt", () -> s.resumed(com(), FINAL, FINAL.minusSeconds(1)));
        assertEquals(s, s.resumed(com(), FINAL, FINAL), "a pause of no time moves nothing");
    }

    @ParameterizedTest
    @EnumSource(DetectionOrderType.class)
    void everyTypeHasItsOwnKeysAndGroomingItsOwnThreshold(DetectionOrderType type) {
        assertTrue(type.maxDurationKey().key().startsWith("detection-order.max-duration."));
        assertEquals(type == GROOMING, type.midTermReportThresholdKey().key().endsWith(".grooming"));
        assertEquals(type == GROOMING, type.maxDurationKey().key().endsWith(".grooming"));
        assertEquals(type == NEW_MATERIAL, type.maxDurationKey().key().endsWith(".new-material"));
    }
}
