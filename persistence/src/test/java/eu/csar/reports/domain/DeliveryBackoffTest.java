package eu.csar.reports.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The retry schedule of deliveries: doubling from the first delay up to the maximum, DEAD after the last attempt. */
class DeliveryBackoffTest {

    @Test
    void theShippedScheduleDoublesFromOneSecondToAMinuteOverTwentyAttempts() {
        DeliveryBackoff b = DeliveryBackoff.DEFAULT;
        long[] seconds = {1, 2, 4, 8, 16, 32, 60, 60, 60};
        for (int attempt = 1; attempt <= seconds.length; attempt++) {
            assertEquals(Duration.ofSeconds(seconds[attempt - 1]), b.delayAfter(attempt), "after attempt " + attempt);
        }
        assertEquals(Duration.ofSeconds(60), b.delayAfter(1000), "never above the maximum, however many attempts");
        assertFalse(b.exhaustedAfter(19));
        assertTrue(b.exhaustedAfter(20));
        Duration total = Duration.ZERO;
        for (int attempt = 1; attempt < 20; attempt++) {
            total = total.plus(b.delayAfter(attempt));
        }
        // 1+2+4+8+16+32 s, then 13 minutes: the last attempt 843 s after the first
        assertEquals(Duration.ofSeconds(843), total);
        assertTrue(total.compareTo(Duration.ofMinutes(14)) > 0, "a recipient down for ten minutes receives it with minutes to spare: " + total);
    }

    @Test
    void aScheduleStartsAboveZeroAndAllowsAnAttempt() {
        assertThrows(IllegalArgumentException.class, () -> new DeliveryBackoff(Duration.ZERO, Duration.ofSeconds(1), 3));
        assertThrows(IllegalArgumentException.class, () -> new DeliveryBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 3));
        assertThrows(IllegalArgumentException.class, () -> new DeliveryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 0));
        assertThrows(IllegalArgumentException.class, () -> DeliveryBackoff.DEFAULT.delayAfter(0));
        assertEquals(Duration.ofMillis(200), new DeliveryBackoff(Duration.ofMillis(100), Duration.ofMillis(250), 3).delayAfter(2));
        assertEquals(Duration.ofMillis(250), new DeliveryBackoff(Duration.ofMillis(100), Duration.ofMillis(250), 3).delayAfter(3));
    }
}
