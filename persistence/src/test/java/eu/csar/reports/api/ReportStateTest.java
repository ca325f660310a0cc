package eu.csar.reports.api;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportStateTest {

    @Test
    void theProviderSeesTheDesksInnerStepsAsFinishedAndDeliveryAsDecided() {
        for (ReportState s : ReportState.values()) {
            ReportState expected = switch (s) {
                case IN_REVIEW, AWAITING_SECOND_REVIEW, IN_SECOND_REVIEW -> ReportState.FINISHED;
                case FORWARDED -> ReportState.FORWARD_DECIDED;
                default -> s;
            };
            assertEquals(expected, s.providerView(), s.name());
        }
    }

    @Test
    void aProvidersFilterOnFinishedFindsTheReportsUnderReviewToo() {
        assertEquals(EnumSet.of(ReportState.FINISHED, ReportState.IN_REVIEW, ReportState.AWAITING_SECOND_REVIEW,
                ReportState.IN_SECOND_REVIEW), ReportState.seenByProviderAs(Set.of(ReportState.FINISHED)));
        assertEquals(EnumSet.of(ReportState.OPEN, ReportState.MANIFESTLY_UNFOUNDED),
                ReportState.seenByProviderAs(Set.of(ReportState.OPEN, ReportState.MANIFESTLY_UNFOUNDED)));
        assertEquals(EnumSet.noneOf(ReportState.class), ReportState.seenByProviderAs(Set.of()));
        assertEquals(EnumSet.of(ReportState.FORWARD_DECIDED, ReportState.FORWARDED),
                ReportState.seenByProviderAs(Set.of(ReportState.FORWARD_DECIDED)), "forwarded or still being delivered");
    }
}
