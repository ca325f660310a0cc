package eu.csar.reports.domain;

import eu.csar.reports.api.ReportState;
import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import static eu.csar.reports.api.ReportState.FINISHED;
import static eu.csar.reports.api.ReportState.OPEN;
import static eu.csar.reports.api.ReportState.RETRACTED;
import static eu.csar.reports.domain.ReportEvent.FINISH;
import static eu.csar.reports.domain.ReportEvent.RETRACT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every (state, event) pair of the report workflow (Art 12-13) against the intended moves, written
 * out here independently of the table: finish only an OPEN report; retract an OPEN or FINISHED one;
 * nothing leaves RETRACTED.
 */
class ReportLifecycleTest {

    static final Map<ReportState, Map<ReportEvent, ReportState>> INTENDED = Map.of(
            OPEN, Map.of(FINISH, FINISHED, RETRACT, RETRACTED),
            FINISHED, Map.of(RETRACT, RETRACTED),
            RETRACTED, Map.of());

    static Stream<Arguments> everyStateAndEvent() {
        return Arrays.stream(ReportState.values())
                .flatMap(state -> Arrays.stream(ReportEvent.values()).map(event -> Arguments.of(state, event)));
    }

    @ParameterizedTest(name = "{0} --{1}-->")
    @MethodSource("everyStateAndEvent")
    void theTableAllowsExactlyTheIntendedMoves(ReportState state, ReportEvent event) {
        ReportState intended = INTENDED.get(state).get(event);
        assertEquals(intended != null, ReportLifecycle.TABLE.permits(state, event));
        assertEquals(INTENDED.get(state).keySet(), ReportLifecycle.TABLE.eventsFrom(state));
        if (intended != null) {
            assertEquals(intended, ReportLifecycle.TABLE.next(state, event));
        } else {
            RuleViolationException refused = assertThrows(RuleViolationException.class, () -> ReportLifecycle.TABLE.next(state, event));
            assertEquals(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, refused.code());
            assertTrue(refused.getMessage().startsWith("The report is " + state), refused.getMessage());
        }
    }

    @ParameterizedTest(name = "a report in {0} on {1}")
    @MethodSource("everyStateAndEvent")
    void theReportMovesOnlyAsTheTableSaysAndWritesHistory(ReportState state, ReportEvent event) {
        Report report = in(state);
        int rows = report.history().size();
        ReportState intended = INTENDED.get(state).get(event);
        if (intended == null) {
            assertThrows(RuleViolationException.class, () -> apply(report, event));
            assertEquals(state, report.state(), "nothing changes");
            assertEquals(rows, report.history().size());
            return;
        }
        apply(report, event);
        assertEquals(intended, report.state());
        ReportStatusChange last = report.history().get(rows);
        assertEquals(state, last.fromState().orElseThrow());
        assertEquals(event.name(), last.event());
        assertEquals(intended, last.toState());
        assertEquals(event.legalBasis(), last.legalBasis());
        assertEquals(ReportFixtures.T0.plusSeconds(60), last.occurredAt());
        assertEquals(ReportFixtures.T0.plusSeconds(60), report.stateChangedAt());
        assertEquals("alpha-client", last.actor());
    }

    static Report in(ReportState state) {
        Report report = ReportFixtures.open();
        if (state != OPEN) {
            report.finish("h..s", "ES256", "0".repeat(64), "alpha-client", ReportFixtures.T0.plusSeconds(30));
        }
        if (state == RETRACTED) {
            report.retract(null, "alpha-client", ReportFixtures.T0.plusSeconds(40));
        }
        return report;
    }

    static void apply(Report report, ReportEvent event) {
        switch (event) {
            case FINISH -> report.finish("h..s", "ES256", "1".repeat(64), "alpha-client", ReportFixtures.T0.plusSeconds(60));
            case RETRACT -> report.retract("sent by mistake (test)", "alpha-client", ReportFixtures.T0.plusSeconds(60));
        }
    }

    @ParameterizedTest
    @MethodSource("everyStateAndEvent")
    void eachEventHasItsAuditAction(ReportState ignored, ReportEvent event) {
        assertEquals("REPORT_" + (event == FINISH ? "FINISHED" : "RETRACTED"), ReportAction.of(event).name());
        assertEquals("Report", ReportAction.of(event).objectType());
    }
}
