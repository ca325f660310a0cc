package eu.csar.reports.application;

import eu.csar.reports.api.ReportId;
import eu.csar.reports.domain.ReportDelivery;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class DeliveryWaitingAlarmTest {

    private static final Instant T = Instant.parse("2026-12-03T10:00:00Z");
    private static final LocalDate DAY = LocalDate.parse("2026-12-04");

    private static ReportDelivery delivery(String recipient, boolean urgent, long minutesAfterT) {
        return new ReportDelivery(ReportId.random(), recipient, urgent, T.plusSeconds(60 * minutesAfterT));
    }

    @Test
    void oneAlarmPerRecipientAndUrgencyCountingItsDeliveriesFromTheOldest() {
        ReportDelivery beLater = delivery("BE", false, 30);
        ReportDelivery beOldest = delivery("BE", false, 5);
        ReportDelivery beUrgent = delivery("BE", true, 50);
        ReportDelivery fr = delivery("FR", false, 0);

        List<DeliveryWaitingAlarm> alarms = DeliveryWaitingAlarm.of(List.of(beLater, fr, beOldest, beUrgent), DAY);

        assertEquals(List.of(
                new DeliveryWaitingAlarm("BE", true, 1, beUrgent.createdAt(), beUrgent.id(), "deliveries-waiting:BE:URGENT:2026-12-04"),
                new DeliveryWaitingAlarm("BE", false, 2, beOldest.createdAt(), beOldest.id(), "deliveries-waiting:BE:NORMAL:2026-12-04"),
                new DeliveryWaitingAlarm("FR", false, 1, fr.createdAt(), fr.id(), "deliveries-waiting:FR:NORMAL:2026-12-04")), alarms);
    }

    @Test
    void theSameRecipientIsNoticedAgainTheNextDayAndNothingWaitingRaisesNothing() {
        ReportDelivery be = delivery("BE", false, 0);
        String today = DeliveryWaitingAlarm.of(List.of(be), DAY).get(0).sourceId();
        String tomorrow = DeliveryWaitingAlarm.of(List.of(be), DAY.plusDays(1)).get(0).sourceId();
        assertNotEquals(today, tomorrow);
        assertEquals(today, DeliveryWaitingAlarm.of(List.of(be, delivery("BE", false, 9)), DAY).get(0).sourceId(),
                "more deliveries the same day: the same notice");
        assertEquals(List.of(), DeliveryWaitingAlarm.of(List.of(), DAY));
    }
}
