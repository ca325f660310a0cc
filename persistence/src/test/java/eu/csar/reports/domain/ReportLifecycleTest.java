package eu.csar.reports.domain;

import eu.csar.reports.api.Jurisdiction;
import eu.csar.reports.api.ReportState;
import eu.csar.reports.api.UnfoundedReason;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static eu.csar.reports.api.ReportState.AWAITING_SECOND_REVIEW;
import static eu.csar.reports.api.ReportState.FINISHED;
import static eu.csar.reports.api.ReportState.FORWARDED;
import static eu.csar.reports.api.ReportState.FORWARD_DECIDED;
import static eu.csar.reports.api.ReportState.IN_REVIEW;
import static eu.csar.reports.api.ReportState.IN_SECOND_REVIEW;
import static eu.csar.reports.api.ReportState.MANIFESTLY_UNFOUNDED;
import static eu.csar.reports.api.ReportState.OPEN;
import static eu.csar.reports.api.ReportState.RETRACTED;
import static eu.csar.reports.domain.ReportEvent.CLAIM;
import static eu.csar.reports.domain.ReportEvent.CONFIRM_UNFOUNDED;
import static eu.csar.reports.domain.ReportEvent.DECIDE_FORWARD;
import static eu.csar.reports.domain.ReportEvent.DECIDE_FORWARD_AUTOMATICALLY;
import static eu.csar.reports.domain.ReportEvent.FORWARD;
import static eu.csar.reports.domain.ReportEvent.DECIDE_UNFOUNDED;
import static eu.csar.reports.domain.ReportEvent.FINISH;
import static eu.csar.reports.domain.ReportEvent.PROPOSE_UNFOUNDED;
import static eu.csar.reports.domain.ReportEvent.RELEASE;
import static eu.csar.reports.domain.ReportEvent.RETRACT;
import static eu.csar.reports.domain.ReportEvent.TAKE_OVER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every (state, event) pair of the report workflow (Art 12-13, 48) against the intended moves,
 * written out here independently of the table: finish only an OPEN report; retract it until the
 * Centre decided; a FINISHED report is forwarded automatically by the platform (known material, where the
 * profile allows it) or claimed, released, taken over, and decided (forward,
 * manifestly unfounded, or a four-eyes finding that a second reviewer claims and confirms or
 * overrules by forwarding); a FORWARD_DECIDED report becomes FORWARDED once delivered, and nothing
 * leaves RETRACTED, FORWARDED or MANIFESTLY_UNFOUNDED (in particular the provider retracts none of them).
 */
class ReportLifecycleTest {

    static final String PROVIDER_CLIENT = "alpha-client";
    static final String FIRST = "reviewer-a";
    static final String OTHER = "reviewer-b";
    static final String SECOND = "reviewer-c";
    static final Instant AT = ReportFixtures.T0.plusSeconds(60);

    static final Map<ReportState, Map<ReportEvent, ReportState>> INTENDED = Map.of(
            OPEN, Map.of(FINISH, FINISHED, RETRACT, RETRACTED),
            FINISHED, Map.of(RETRACT, RETRACTED, CLAIM, IN_REVIEW, DECIDE_FORWARD_AUTOMATICALLY, FORWARD_DECIDED),
            IN_REVIEW, Map.of(RELEASE, FINISHED, TAKE_OVER, IN_REVIEW, RETRACT, RETRACTED, DECIDE_FORWARD, FORWARD_DECIDED,
                    DECIDE_UNFOUNDED, MANIFESTLY_UNFOUNDED, PROPOSE_UNFOUNDED, AWAITING_SECOND_REVIEW),
            AWAITING_SECOND_REVIEW, Map.of(CLAIM, IN_SECOND_REVIEW, RETRACT, RETRACTED),
            IN_SECOND_REVIEW, Map.of(RELEASE, AWAITING_SECOND_REVIEW, TAKE_OVER, IN_SECOND_REVIEW, RETRACT, RETRACTED,
                    CONFIRM_UNFOUNDED, MANIFESTLY_UNFOUNDED, DECIDE_FORWARD, FORWARD_DECIDED),
            FORWARD_DECIDED, Map.of(FORWARD, FORWARDED),
            FORWARDED, Map.of(),
            MANIFESTLY_UNFOUNDED, Map.of(),
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
        String actor = apply(report, event);
        assertEquals(intended, report.state());
        ReportStatusChange last = report.history().get(rows);
        assertEquals(state, last.fromState().orElseThrow());
        assertEquals(event.name(), last.event());
        assertEquals(intended, last.toState());
        assertEquals(event.legalBasis(), last.legalBasis());
        assertEquals(AT, last.occurredAt());
        assertEquals(AT, report.stateChangedAt());
        assertEquals(actor, last.actor());
        assertEquals(intended.claimed(), report.review().claimedBy() != null, "a claim exactly in the claimed states");
    }

    /** A report in {@code state}: claimed by FIRST; a four-eyes finding by FIRST, claimed for the second review by SECOND. */
    static Report in(ReportState state) {
        Report report = ReportFixtures.open();
        Instant t = ReportFixtures.T0;
        if (state == OPEN) {
            return report;
        }
        if (state == RETRACTED) {
            report.retract(null, PROVIDER_CLIENT, t.plusSeconds(40));
            return report;
        }
        report.finish("h..s", "ES256", "0".repeat(64), PROVIDER_CLIENT, t.plusSeconds(30));
        if (state == FINISHED) {
            return report;
        }
        report.claim(FIRST, t.plusSeconds(40));
        switch (state) {
            case FORWARD_DECIDED, FORWARDED -> {
                report.decideForward(FIRST, Jurisdiction.propose("NL", Set.of()), "P", 1, t.plusSeconds(45));
                if (state == FORWARDED) {
                    report.forwarded("system", t.plusSeconds(50));
                }
            }
            case MANIFESTLY_UNFOUNDED -> report.findUnfounded(FIRST, UnfoundedReason.NOT_CSAM, null, false, "P", 1, t.plusSeconds(45));
            case AWAITING_SECOND_REVIEW, IN_SECOND_REVIEW -> {
                report.findUnfounded(FIRST, UnfoundedReason.NOT_CSAM, "an internal note", true, "P", 1, t.plusSeconds(45));
                if (state == IN_SECOND_REVIEW) {
                    report.claim(SECOND, t.plusSeconds(50));
                }
            }
            default -> { }
        }
        assertEquals(state, report.state());
        return report;
    }

    /** Takes {@code event} as the one who may (the claimant where there is one), at {@link #AT}; returns the actor. */
    static String apply(Report report, ReportEvent event) {
        String claimant = report.review().claimedBy() == null ? OTHER : report.review().claimedBy();
        switch (event) {
            case FINISH -> report.finish("h..s", "ES256", "1".repeat(64), PROVIDER_CLIENT, AT);
            case RETRACT -> report.retract("sent by mistake (test)", PROVIDER_CLIENT, AT);
            case CLAIM -> report.claim(OTHER, AT);
            case TAKE_OVER -> report.takeOver(OTHER, Duration.ofSeconds(5), AT);
            case RELEASE -> report.release(claimant, AT);
            case DECIDE_FORWARD -> report.decideForward(claimant, Jurisdiction.decided(Set.of(MemberState.NL), true), "P", 1, AT);
            case DECIDE_UNFOUNDED -> report.findUnfounded(claimant, UnfoundedReason.ADULT_DEPICTED, "note", false, "P", 1, AT);
            case PROPOSE_UNFOUNDED -> report.findUnfounded(claimant, UnfoundedReason.ADULT_DEPICTED, "note", true, "P", 1, AT);
            case CONFIRM_UNFOUNDED -> report.confirmUnfounded(claimant, null, AT);
            case DECIDE_FORWARD_AUTOMATICALLY -> report.decideForwardAutomatically(
                    new AutomaticForwardRule.Verdict(true, AutomaticForwardRule.REASON, List.of(UUID.randomUUID())),
                    report.proposedJurisdiction(), "system", "P", 1, AT);
            case FORWARD -> report.forwarded("system", AT);
        }
        return switch (event) {
            case FINISH, RETRACT -> PROVIDER_CLIENT;
            case CLAIM, TAKE_OVER -> OTHER;
            case FORWARD, DECIDE_FORWARD_AUTOMATICALLY -> "system";
            default -> claimant;
        };
    }

    @ParameterizedTest
    @MethodSource("everyStateAndEvent")
    void eachEventHasItsAuditAction(ReportState ignored, ReportEvent event) {
        ReportAction action = ReportAction.of(event);
        assertEquals("Report", action.objectType());
        assertTrue(action.name().startsWith("REPORT_"), action.name());
    }
}
