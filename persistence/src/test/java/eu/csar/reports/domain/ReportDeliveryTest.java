package eu.csar.reports.domain;

import eu.csar.reports.api.DeliveryState;
import eu.csar.reports.api.ReportId;
import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One delivery of a forwarded report: PENDING through failed attempts with the next one after the
 * backoff, DELIVERED once acknowledged, FAILED when refused for good, DEAD after the last attempt;
 * a settled delivery never changes (a repeated job delivers nothing twice).
 */
class ReportDeliveryTest {

    static final Instant T = Instant.parse("2026-12-03T10:00:00Z");
    static final DeliveryBackoff THREE = new DeliveryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(60), 3);

    @Test
    void failedAttemptsStayPendingWithTheNextAfterTheBackoffThenDead() {
        ReportDelivery d = new ReportDelivery(ReportId.random(), "NL", true, T);
        assertEquals(DeliveryState.PENDING, d.state());
        assertEquals(T, d.nextAttemptAt());
        DeliveryAttempt first = d.failed(null, "connection refused", false, THREE, T.plusSeconds(1));
        assertEquals(DeliveryState.FAILED, first.outcome(), "the log row says the attempt failed");
        assertEquals(DeliveryState.PENDING, d.state(), "the delivery waits for its next attempt");
        assertEquals(1, d.attempts());
        assertEquals(T.plusSeconds(2), d.nextAttemptAt());
        d.failed(503, "HTTP 503", false, THREE, T.plusSeconds(10));
        assertEquals(T.plusSeconds(12), d.nextAttemptAt());
        DeliveryAttempt last = d.failed(503, "HTTP 503", false, THREE, T.plusSeconds(20));
        assertEquals(DeliveryState.DEAD, d.state());
        assertEquals(DeliveryState.DEAD, last.outcome());
        assertEquals(3, last.attempt());
        assertNull(d.nextAttemptAt());
        assertEquals("HTTP 503", d.lastError());
        assertThrows(IllegalStateException.class, () -> d.delivered(200, T.plusSeconds(30)), "DEAD is settled");
    }

    @Test
    void anAcknowledgedDeliveryIsDeliveredOnceAndSettled() {
        ReportDelivery d = new ReportDelivery(ReportId.random(), "EUROPOL", false, T);
        d.failed(null, "connection refused", false, THREE, T.plusSeconds(1));
        DeliveryAttempt ok = d.delivered(200, T.plusSeconds(3));
        assertEquals(DeliveryState.DELIVERED, d.state());
        assertEquals(2, ok.attempt());
        assertEquals(T.plusSeconds(3), d.deliveredAt());
        assertNull(d.nextAttemptAt());
        assertThrows(IllegalStateException.class, () -> d.delivered(200, T.plusSeconds(4)));
        assertThrows(IllegalStateException.class, () -> d.failed(500, "x", false, THREE, T.plusSeconds(4)));
    }

    @Test
    void aRefusalForGoodFailsAtOnce() {
        ReportDelivery d = new ReportDelivery(ReportId.random(), "DE", false, T);
        d.failed(400, "refused by the recipient: HTTP 400", true, THREE, T.plusSeconds(1));
        assertEquals(DeliveryState.FAILED, d.state());
        assertEquals(1, d.attempts());
        assertThrows(IllegalStateException.class, () -> d.failed(400, "x", true, THREE, T.plusSeconds(2)));
    }

    @Test
    void aLongErrorIsCut() {
        ReportDelivery d = new ReportDelivery(ReportId.random(), "DE", false, T);
        d.failed(null, "x".repeat(2000), false, THREE, T.plusSeconds(1));
        assertEquals(ReportDelivery.MAX_ERROR, d.lastError().length());
    }

    @Test
    void aPulledDeliveryIsAcknowledgedOnceWithoutAnHttpStatus() {
        ReportDelivery d = new ReportDelivery(ReportId.random(), "FR", false, T);
        DeliveryAttempt ack = d.acknowledged(T.plusSeconds(5));
        assertEquals(DeliveryState.DELIVERED, d.state());
        assertEquals(DeliveryState.DELIVERED, ack.outcome());
        assertEquals(1, ack.attempt());
        assertNull(ack.httpStatus(), "no answer of an endpoint: the recipient fetched it");
        assertEquals(T.plusSeconds(5), d.deliveredAt());
        assertNull(d.nextAttemptAt());
        assertThrows(IllegalStateException.class, () -> d.acknowledged(T.plusSeconds(6)), "settled: the service answers a repeat");
    }

    @Test
    void aFailedDeliveryDeliveredAgainIsPendingAndDueAtOnce() {
        ReportDelivery d = new ReportDelivery(ReportId.random(), "DE", false, T);
        d.failed(404, "refused by the recipient: HTTP 404", true, THREE, T.plusSeconds(1));
        d.redeliver(T.plusSeconds(60));
        assertEquals(DeliveryState.PENDING, d.state());
        assertEquals(T.plusSeconds(60), d.nextAttemptAt());
        assertEquals(1, d.attempts(), "the attempts so far stay counted");
        DeliveryAttempt next = d.delivered(200, T.plusSeconds(61));
        assertEquals(2, next.attempt(), "the delivery log numbers on");
        assertEquals(DeliveryState.DELIVERED, d.state());
    }

    @Test
    void aDeadDeliveryDeliveredAgainHasTheWholeBackoffAheadOfIt() {
        ReportDelivery d = new ReportDelivery(ReportId.random(), "EUROPOL", true, T);
        for (int i = 1; i <= 3; i++) {
            d.failed(503, "HTTP 503", false, THREE, T.plusSeconds(i));
        }
        assertEquals(DeliveryState.DEAD, d.state());
        d.redeliver(T.plusSeconds(100));
        DeliveryAttempt fourth = d.failed(503, "HTTP 503", false, THREE, T.plusSeconds(101));
        assertEquals(DeliveryState.PENDING, d.state(), "not dead after one more failure: the schedule starts again");
        assertEquals(DeliveryState.FAILED, fourth.outcome());
        assertEquals(4, fourth.attempt());
        assertEquals(T.plusSeconds(102), d.nextAttemptAt(), "the first step of the backoff again (1 s)");
        d.failed(503, "HTTP 503", false, THREE, T.plusSeconds(110));
        assertEquals(T.plusSeconds(112), d.nextAttemptAt());
        DeliveryAttempt last = d.failed(503, "HTTP 503", false, THREE, T.plusSeconds(120));
        assertEquals(DeliveryState.DEAD, d.state(), "three attempts after the redelivery");
        assertEquals(6, last.attempt());
    }

    @Test
    void onlyAFailedOrDeadDeliveryIsDeliveredAgain() {
        ReportDelivery pending = new ReportDelivery(ReportId.random(), "NL", false, T);
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> pending.redeliver(T));
        assertEquals(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, refused.code());
        ReportDelivery delivered = new ReportDelivery(ReportId.random(), "NL", false, T);
        delivered.delivered(200, T.plusSeconds(1));
        assertThrows(RuleViolationException.class, () -> delivered.redeliver(T.plusSeconds(2)));
        assertEquals(DeliveryState.DELIVERED, delivered.state());
    }

    @Test
    void aDeliveryWaitingForAFetchWithoutAJobIsDeliveredAgainWithTheWholeBackoff() {
        ReportDelivery waiting = new ReportDelivery(ReportId.random(), "FR", false, T);
        assertFalse(waiting.waitsWithoutJob(), "a new delivery is due: its job is on the way");
        waiting.waitForFetch();
        assertTrue(waiting.waitsWithoutJob());
        assertNull(waiting.nextAttemptAt(), "no job: no due time");
        waiting.redeliver(T.plusSeconds(100));
        assertEquals(DeliveryState.PENDING, waiting.state());
        assertEquals(T.plusSeconds(100), waiting.nextAttemptAt(), "due at once");
        assertFalse(waiting.waitsWithoutJob());
        assertThrows(RuleViolationException.class, () -> waiting.redeliver(T.plusSeconds(101)), "its job is on the way now");
        waiting.delivered(200, T.plusSeconds(102));
        assertThrows(IllegalStateException.class, waiting::waitForFetch, "a settled delivery waits for nothing");
        assertFalse(waiting.waitsWithoutJob());
    }
}
