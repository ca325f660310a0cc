package eu.csar.legal.application;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The clock services inject follows every move of the platform clock, forward only, in UTC. */
class PlatformClockTest {

    @Test
    void theInjectedClockMovesWithThePlatformClock() {
        PlatformClock platform = new PlatformClock();
        Clock injected = platform.clock();
        assertEquals(ZoneOffset.UTC, injected.getZone());
        assertEquals(Duration.ZERO, platform.offset());
        Instant before = Instant.now();
        assertFalse(injected.instant().isBefore(before));

        Instant moved = platform.advance(Duration.ofHours(25));
        assertEquals(Duration.ofHours(25), platform.offset());
        assertTrue(!moved.isBefore(before.plus(Duration.ofHours(25))));
        assertTrue(!injected.instant().isBefore(before.plus(Duration.ofHours(25))), "an earlier injected copy moves too");
        assertTrue(!injected.withZone(ZoneOffset.ofHours(2)).instant().isBefore(before.plus(Duration.ofHours(25))));

        platform.advance(Duration.ofMinutes(30));
        assertEquals(Duration.ofHours(25).plusMinutes(30), platform.offset());

        Instant reset = platform.reset();
        assertEquals(Duration.ZERO, platform.offset());
        assertTrue(reset.isBefore(before.plus(Duration.ofHours(1))));
    }

    @Test
    void itOnlyMovesForward() {
        PlatformClock platform = new PlatformClock();
        assertThrows(IllegalArgumentException.class, () -> platform.advance(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> platform.advance(Duration.ofSeconds(-1)));
        assertEquals(Duration.ZERO, platform.offset());
    }
}
