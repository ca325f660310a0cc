package eu.csar.registry.domain;

import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every (status, event) pair of the provider workflow against the intended moves, written out here
 * independently of the table: a move added, removed or redirected in {@link ProviderLifecycle}
 * fails the pair it touches.
 */
class ProviderLifecycleTest {

    /** The intended moves; every pair not listed must be refused. */
    static final Map<ProviderStatus, Map<ProviderEvent, ProviderStatus>> INTENDED = Map.of(
            ProviderStatus.ACTIVE, Map.of(ProviderEvent.SUSPEND, ProviderStatus.SUSPENDED),
            ProviderStatus.SUSPENDED, Map.of(ProviderEvent.REINSTATE, ProviderStatus.ACTIVE));

    static Stream<Arguments> everyStatusAndEvent() {
        return Arrays.stream(ProviderStatus.values())
                .flatMap(status -> Arrays.stream(ProviderEvent.values()).map(event -> Arguments.of(status, event)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("everyStatusAndEvent")
    void theTableAllowsExactlyTheIntendedMoves(ProviderStatus status, ProviderEvent event) {
        ProviderStatus intended = INTENDED.getOrDefault(status, Map.of()).get(event);
        if (intended != null) {
            assertTrue(ProviderLifecycle.TABLE.permits(status, event));
            assertTrue(ProviderLifecycle.TABLE.eventsFrom(status).contains(event));
            assertEquals(intended, ProviderLifecycle.TABLE.next(status, event));
        } else {
            assertFalse(ProviderLifecycle.TABLE.permits(status, event));
            assertFalse(ProviderLifecycle.TABLE.eventsFrom(status).contains(event));
            RuleViolationException refused = assertThrows(RuleViolationException.class,
                    () -> ProviderLifecycle.TABLE.next(status, event));
            assertEquals(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, refused.code());
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("everyStatusAndEvent")
    void theProviderMovesAsTheTableSaysAndRecordsEachMove(ProviderStatus status, ProviderEvent event) {
        Provider provider = ProviderTest.registered(eu.csar.shared.domain.MemberState.NL);
        if (status == ProviderStatus.SUSPENDED) {
            provider.suspend("setup", "admin", ProviderTest.T0);
        }
        int rows = provider.statusHistory().size();
        ProviderStatus intended = INTENDED.getOrDefault(status, Map.of()).get(event);
        Runnable move = () -> provider.apply(event, "reason", "admin", ProviderTest.T0.plusSeconds(1));
        if (intended != null) {
            move.run();
            assertEquals(intended, provider.status());
            assertEquals(rows + 1, provider.statusHistory().size());
            ProviderStatusChange last = provider.statusHistory().get(rows);
            assertEquals(status, last.fromStatus().orElseThrow());
            assertEquals(event, last.event());
            assertEquals(intended, last.toStatus());
        } else {
            assertThrows(RuleViolationException.class, move::run);
            assertEquals(status, provider.status());
            assertEquals(rows, provider.statusHistory().size());
        }
    }

    @ParameterizedTest
    @MethodSource("everyStatusAndEvent")
    void registrationIsNeverAMoveWithinTheTable(ProviderStatus status, ProviderEvent event) {
        if (event == ProviderEvent.REGISTER) {
            assertFalse(ProviderLifecycle.TABLE.permits(status, event));
        }
        assertEquals(ProviderStatus.ACTIVE, ProviderLifecycle.INITIAL);
    }
}
