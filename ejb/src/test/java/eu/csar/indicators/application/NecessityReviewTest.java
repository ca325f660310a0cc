package eu.csar.indicators.application;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The necessity review date (Art 46): the profile's {@code indicators.review-period} after activation or confirmation. */
class NecessityReviewTest {

    @Test
    void theReviewIsDueOnePeriodAfterActivation() {
        Instant activated = Instant.parse("2026-12-02T10:15:30Z");
        assertEquals(Instant.parse("2027-12-02T10:15:30Z"), NecessityReview.dueAfter(activated, "P1Y"));
        assertEquals(Instant.parse("2027-06-02T10:15:30Z"), NecessityReview.dueAfter(activated, "P6M"));
        assertEquals(Instant.parse("2026-12-16T10:15:30Z"), NecessityReview.dueAfter(activated, "P2W"));
    }

    @Test
    void aReviewNobodyConfirmedLapsesOneGracePeriodAfterItsDate() {
        Instant now = Instant.parse("2028-03-31T08:00:00Z");
        assertEquals(Instant.parse("2028-02-29T08:00:00Z"), NecessityReview.lapsedBefore(now, "P1M"));
        assertEquals(Instant.parse("2028-03-30T08:00:00Z"), NecessityReview.lapsedBefore(now, "PT24H"));
        assertTrue(NecessityReview.LAPSED_REASON.contains("retention.indicator-review"), "the reason names the rule");
    }

    @Test
    void theShippedProfileIsTheCommissionProposal() {
        assertEquals("COM-2022-209", NecessityReview.PROFILE);
    }
}
