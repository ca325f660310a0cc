package eu.csar.orders.domain;

import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileKey;
import eu.csar.legal.api.ValueKind;
import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static eu.csar.orders.domain.DetectionOrderTestProfiles.com;
import static eu.csar.orders.domain.DetectionOrderTestProfiles.comWith;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The consultation on a draft request (Art 7(3)): the periods, exactly at their end and one day over, on a clock the test moves. */
class DetectionOrderConsultationTest {

    static final Instant SENT = Instant.parse("2027-01-31T09:30:00Z");
    static final Instant OPINION_DUE = Instant.parse("2027-02-28T09:30:00Z");   // P4W from the profile
    static final Instant COMMENTS_DUE = Instant.parse("2027-02-14T09:30:00Z");  // P14D, as the CA set it
    static final Duration ONE_DAY = Duration.ofDays(1);

    final DetectionOrderTestClock clock = new DetectionOrderTestClock(SENT);

    DetectionOrderConsultation open() {
        return DetectionOrderConsultation.open(com(), clock.instant(), LegalPeriod.days(14));
    }

    @Test
    void theCentreHasTheProfilesPeriodAndTheProviderTheOneTheCoordinatingAuthoritySet() {
        DetectionOrderConsultation c = open();
        assertEquals(SENT, c.sentAt());
        assertEquals(COMMENTS_DUE, c.commentsDue());
        assertEquals(OPINION_DUE, c.opinionDue());
        DetectionOrderConsultation sixWeeks = DetectionOrderConsultation.open(
                comWith(ProfileKey.DETECTION_ORDER__CENTRE_OPINION_PERIOD, ValueKind.DURATION, "P6W"), SENT, LegalPeriod.months(1));
        assertEquals(Instant.parse("2027-03-14T09:30:00Z"), sixWeeks.opinionDue());
        assertEquals(Instant.parse("2027-02-28T09:30:00Z"), sixWeeks.commentsDue(), "a month after 31 January ends on its last day");
    }

    @Test
    void aDraftWithoutACommentPeriodIsRefusedSayingWhoSetsIt() {
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> DetectionOrderConsultation.open(com(), SENT, null));
        assertEquals("commentPeriod", refused.field());
        assertEquals(RuleViolationException.Code.INVALID, refused.code());
        assertTrue(refused.getMessage().contains("Coordinating Authority") && refused.getMessage().contains("COM-2022-209 v1"),
                refused.getMessage());
    }

    @Test
    void theCentresOpinionIsInTimeExactlyAtTheEndOfFourWeeksAndLateOneDayOver() {
        DetectionOrderConsultation c = open();
        clock.set(OPINION_DUE);
        assertDoesNotThrow(() -> c.checkOpinion(clock.instant()));
        clock.advance(ONE_DAY);
        RuleViolationException late = assertThrows(RuleViolationException.class, () -> c.checkOpinion(clock.instant()));
        assertEquals("opinion", late.field());
        assertEquals(RuleViolationException.Code.INVALID, late.code());
        assertTrue(late.getMessage().contains("detection-order.centre-opinion-period"), late.getMessage());
        assertDoesNotThrow(() -> c.checkOpinion(OPINION_DUE.minusNanos(1000)));
    }

    @Test
    void theProvidersCommentsAreInTimeExactlyAtTheEndOfItsPeriodAndLateOneDayOver() {
        DetectionOrderConsultation c = open();
        clock.set(COMMENTS_DUE);
        assertDoesNotThrow(() -> c.checkComments(clock.instant()));
        clock.advance(ONE_DAY);
        RuleViolationException late = assertThrows(RuleViolationException.class, () -> c.checkComments(clock.instant()));
        assertEquals("comments", late.field());
        assertEquals(RuleViolationException.Code.INVALID, late.code());
    }

    @Test
    void theDraftIsAdjustedOnceBothHaveAnsweredOrTheirPeriodsHaveRunOut() {
        DetectionOrderConsultation c = open();
        Instant commented = SENT.plus(ONE_DAY);
        Instant opined = SENT.plus(ONE_DAY.multipliedBy(2));
        clock.advance(ONE_DAY.multipliedBy(3));
        assertFalse(c.closed(clock.instant(), null, null));
        assertFalse(c.closed(clock.instant(), commented, null), "the Centre may still answer");
        assertFalse(c.closed(clock.instant(), null, opined), "the provider may still comment");
        assertTrue(c.closed(clock.instant(), commented, opined), "both answered early");
        RuleViolationException early = assertThrows(RuleViolationException.class, () -> c.checkClosed(clock.instant(), commented, null));
        assertEquals("consultation", early.field());
        assertEquals(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, early.code());

        clock.set(COMMENTS_DUE.minusSeconds(1));
        assertFalse(c.closed(clock.instant(), null, opined));
        clock.set(COMMENTS_DUE);
        assertTrue(c.closed(clock.instant(), null, opined), "the comment period ended, exactly");
        assertFalse(c.closed(clock.instant(), commented, null), "the Centre's four weeks have not");

        clock.set(OPINION_DUE.minusSeconds(1));
        assertFalse(c.closed(clock.instant(), commented, null));
        clock.set(OPINION_DUE);
        assertTrue(c.closed(clock.instant(), commented, null), "the opinion period ended, exactly");
        assertTrue(c.closed(clock.instant(), null, null), "nobody answered and both periods ended");
        assertDoesNotThrow(() -> c.checkClosed(clock.instant(), null, null));
    }
}
