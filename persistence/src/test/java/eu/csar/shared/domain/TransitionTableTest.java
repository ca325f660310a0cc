package eu.csar.shared.domain;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransitionTableTest {

    enum Light { RED, GREEN, AMBER }

    enum Signal { GO, WARN, STOP }

    static final TransitionTable<Light, Signal> TABLE = TransitionTable.of("light", Light.class, Signal.class)
            .allow(Light.RED, Signal.GO, Light.GREEN)
            .allow(Light.GREEN, Signal.WARN, Light.AMBER)
            .allow(Light.AMBER, Signal.STOP, Light.RED)
            .allow(Light.GREEN, Signal.STOP, Light.RED)
            .build();

    @Test
    void aDeclaredMoveLeadsToItsState() {
        assertEquals(Light.GREEN, TABLE.next(Light.RED, Signal.GO));
        assertEquals(Light.AMBER, TABLE.next(Light.GREEN, Signal.WARN));
        assertEquals(Light.RED, TABLE.next(Light.GREEN, Signal.STOP));
    }

    @Test
    void anUndeclaredMoveIsRefusedWithARuleViolationThatNamesStateEventAndTheWayOn() {
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> TABLE.next(Light.RED, Signal.STOP));
        assertEquals(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, refused.code());
        assertEquals("The light is RED: STOP is not possible from there (possible: GO)", refused.getMessage());
        assertEquals(null, refused.field());
    }

    @Test
    void theEventsFromAStateAreListedInDeclarationOrder() {
        assertEquals(List.of(Signal.WARN, Signal.STOP), List.copyOf(TABLE.eventsFrom(Light.GREEN)));
        assertEquals(EnumSet.of(Signal.GO), TABLE.eventsFrom(Light.RED));
        assertThrows(UnsupportedOperationException.class, () -> TABLE.eventsFrom(Light.RED).add(Signal.STOP));
        assertTrue(TABLE.permits(Light.AMBER, Signal.STOP));
        assertFalse(TABLE.permits(Light.AMBER, Signal.GO));
    }

    @Test
    void aStateWithoutMovesSaysSo() {
        TransitionTable<Light, Signal> dead = TransitionTable.of("light", Light.class, Signal.class).build();
        assertTrue(dead.eventsFrom(Light.RED).isEmpty());
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> dead.next(Light.RED, Signal.GO));
        assertTrue(refused.getMessage().endsWith("(no event is)"), refused.getMessage());
    }

    @Test
    void aPairDeclaredTwiceIsAProgrammingError() {
        TransitionTable.Builder<Light, Signal> builder = TransitionTable.of("light", Light.class, Signal.class)
                .allow(Light.RED, Signal.GO, Light.GREEN);
        assertThrows(IllegalStateException.class, () -> builder.allow(Light.RED, Signal.GO, Light.AMBER));
    }

    @Test
    void nullsAreRefused() {
        assertThrows(NullPointerException.class, () -> TABLE.next(null, Signal.GO));
        assertThrows(NullPointerException.class, () -> TABLE.next(Light.RED, null));
        assertThrows(NullPointerException.class, () -> TransitionTable.of("light", Light.class, Signal.class).allow(Light.RED, Signal.GO, null));
    }

    @Test
    void theBuiltTableDoesNotChangeWhenTheBuilderGoesOn() {
        TransitionTable.Builder<Light, Signal> builder = TransitionTable.of("light", Light.class, Signal.class)
                .allow(Light.RED, Signal.GO, Light.GREEN);
        TransitionTable<Light, Signal> built = builder.build();
        builder.allow(Light.GREEN, Signal.STOP, Light.RED);
        assertFalse(built.permits(Light.GREEN, Signal.STOP));
        assertTrue(built.permits(Light.RED, Signal.GO), "what was declared before building is kept");
        assertEquals(Light.GREEN, built.next(Light.RED, Signal.GO));
    }

    /** Built inside the test rather than in a static field, so that the building itself is what is checked. */
    @Test
    void aTableBuiltFromDeclaredMovesOffersExactlyThoseMoves() {
        TransitionTable<Light, Signal> table = TransitionTable.of("light", Light.class, Signal.class)
                .allow(Light.RED, Signal.GO, Light.GREEN)
                .allow(Light.GREEN, Signal.STOP, Light.RED)
                .build();
        assertEquals(EnumSet.of(Signal.GO), table.eventsFrom(Light.RED));
        assertEquals(EnumSet.of(Signal.STOP), table.eventsFrom(Light.GREEN));
        assertTrue(table.eventsFrom(Light.AMBER).isEmpty());
        assertEquals(Light.RED, table.next(Light.GREEN, Signal.STOP));
    }
}
