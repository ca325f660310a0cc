package eu.csar.indicators.domain;

import eu.csar.indicators.api.IndicatorKind;
import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.indicators.api.IndicatorState;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static eu.csar.indicators.api.IndicatorState.ACTIVE;
import static eu.csar.indicators.api.IndicatorState.DISABLED;
import static eu.csar.indicators.api.IndicatorState.QUARANTINED;
import static eu.csar.indicators.api.IndicatorState.RETIRED;
import static eu.csar.indicators.api.IndicatorState.SUBMITTED;
import static eu.csar.indicators.api.IndicatorState.VERIFIED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every (state, event) pair of the indicator workflow against the intended moves, written out here
 * independently of the table, and the indicator itself moving (history row, reason, matchability).
 */
class IndicatorLifecycleTest {

    static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");
    static final IndicatorSetId IMAGES = IndicatorSetId.of("00000000-0000-4000-8000-000000000441");
    static final String HEX = "f".repeat(64);

    static final Map<IndicatorState, Map<IndicatorEvent, IndicatorState>> INTENDED = Map.of(
            SUBMITTED, Map.of(IndicatorEvent.VERIFY, VERIFIED, IndicatorEvent.REJECT, RETIRED, IndicatorEvent.RETIRE, RETIRED),
            VERIFIED, Map.of(IndicatorEvent.ACTIVATE, ACTIVE, IndicatorEvent.RETIRE, RETIRED),
            ACTIVE, Map.of(IndicatorEvent.DISABLE, DISABLED, IndicatorEvent.QUARANTINE, QUARANTINED, IndicatorEvent.RETIRE, RETIRED),
            DISABLED, Map.of(IndicatorEvent.ENABLE, ACTIVE, IndicatorEvent.RETIRE, RETIRED),
            QUARANTINED, Map.of(IndicatorEvent.CONFIRM, ACTIVE, IndicatorEvent.RETIRE, RETIRED),
            RETIRED, Map.of());

    static Stream<Arguments> everyStateAndEvent() {
        return Arrays.stream(IndicatorState.values())
                .flatMap(state -> Arrays.stream(IndicatorEvent.values()).map(event -> Arguments.of(state, event)));
    }

    static Submission submission(String by) {
        return Submission.byAuthority(IMAGES, MemberState.NL, "Politie", "NL-2026-1", LocalDate.of(2026, 11, 30),
                "csar-hash", "1", by, T0);
    }

    /** An indicator brought into {@code state} along the workflow's own moves. */
    static Indicator in(IndicatorState state) {
        Indicator indicator = Indicator.submitted(IMAGES, IndicatorKind.PDQ, HEX, 90, submission("ca-nl"), null, "ca-nl", T0);
        List<IndicatorEvent> path = switch (state) {
            case SUBMITTED -> List.of();
            case VERIFIED -> List.of(IndicatorEvent.VERIFY);
            case ACTIVE -> List.of(IndicatorEvent.VERIFY, IndicatorEvent.ACTIVATE);
            case DISABLED -> List.of(IndicatorEvent.VERIFY, IndicatorEvent.ACTIVATE, IndicatorEvent.DISABLE);
            case QUARANTINED -> List.of(IndicatorEvent.VERIFY, IndicatorEvent.ACTIVATE, IndicatorEvent.QUARANTINE);
            case RETIRED -> List.of(IndicatorEvent.RETIRE);
        };
        path.forEach(e -> indicator.apply(e, "setup", null, "reviewer", T0));
        assertEquals(state, indicator.state());
        return indicator;
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("everyStateAndEvent")
    void theTableAllowsExactlyTheIntendedMoves(IndicatorState state, IndicatorEvent event) {
        IndicatorState intended = INTENDED.get(state).get(event);
        if (intended != null) {
            assertTrue(IndicatorLifecycle.TABLE.permits(state, event));
            assertTrue(IndicatorLifecycle.TABLE.eventsFrom(state).contains(event));
            assertEquals(intended, IndicatorLifecycle.TABLE.next(state, event));
        } else {
            assertFalse(IndicatorLifecycle.TABLE.permits(state, event));
            assertFalse(IndicatorLifecycle.TABLE.eventsFrom(state).contains(event));
            RuleViolationException refused = assertThrows(RuleViolationException.class,
                    () -> IndicatorLifecycle.TABLE.next(state, event));
            assertEquals(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, refused.code());
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("everyStateAndEvent")
    void theIndicatorMovesAsTheTableSaysAndRecordsEachMove(IndicatorState state, IndicatorEvent event) {
        Indicator indicator = in(state);
        int rows = indicator.history().size();
        IndicatorState intended = INTENDED.get(state).get(event);
        Instant at = T0.plusSeconds(60);
        Runnable move = () -> indicator.apply(event, "because", null, "reviewer-2", at);
        if (intended != null) {
            move.run();
            assertEquals(intended, indicator.state());
            assertEquals(at, indicator.stateChangedAt());
            assertEquals(rows + 1, indicator.history().size());
            IndicatorStatusChange last = indicator.history().get(rows);
            assertEquals(state, last.fromState().orElseThrow());
            assertEquals(event.name(), last.event());
            assertEquals(intended, last.toState());
            assertEquals("reviewer-2", last.actor());
            assertEquals("because", last.reason());
            assertEquals(intended == RETIRED ? "because" : null, indicator.retiredReason());
            assertEquals(intended == ACTIVE, indicator.matchable());
            assertEquals(IndicatorLifecycle.TABLE.eventsFrom(intended), indicator.possibleEvents());
        } else {
            assertThrows(RuleViolationException.class, move::run);
            assertEquals(state, indicator.state());
            assertEquals(rows, indicator.history().size());
        }
    }

    @Test
    void everyStateButRetiredCanBeRetired() {
        for (IndicatorState state : IndicatorState.values()) {
            assertEquals(state != RETIRED, IndicatorLifecycle.TABLE.permits(state, IndicatorEvent.RETIRE), state.name());
        }
    }

    @Test
    void aNewIndicatorIsSubmittedWithItsLinkAndTheFirstHistoryRow() {
        Submission submission = submission("ca-nl");
        Indicator indicator = Indicator.submitted(IMAGES, IndicatorKind.PDQ, HEX, 77, submission, "a.jpg", "ca-nl", T0);
        assertEquals(SUBMITTED, indicator.state());
        assertEquals(77, indicator.quality());
        assertEquals(HEX, indicator.value());
        assertEquals(IMAGES, indicator.setId());
        assertEquals(T0, indicator.createdAt());
        assertEquals(1, indicator.history().size());
        assertTrue(indicator.history().get(0).fromState().isEmpty());
        assertEquals(IndicatorStatusChange.SUBMIT, indicator.history().get(0).event());
        Provenance link = indicator.provenance().get(0);
        assertEquals(submission.id(), link.submission().orElseThrow());
        assertEquals("a.jpg", link.label());
        assertEquals(MemberState.NL, link.memberState());
        assertEquals("NL-2026-1", link.decisionReference());
        assertEquals("csar-hash", link.process());
        assertFalse(link.verified());
        assertTrue(link.live());
        assertFalse(indicator.matchable(), "not ACTIVE yet");
    }

    @Test
    void onlyAPdqHashHasAQuality() {
        Submission s = submission("ca-nl");
        assertThrows(IllegalArgumentException.class, () -> Indicator.submitted(IMAGES, IndicatorKind.PDQ, HEX, null, s, null, "x", T0));
        assertThrows(IllegalArgumentException.class, () -> Indicator.submitted(IMAGES, IndicatorKind.MD5, "a".repeat(32), 80, s, null, "x", T0));
        assertNull(Indicator.submitted(IMAGES, IndicatorKind.MD5, "a".repeat(32), null, s, null, "x", T0).quality());
    }

    @Test
    void anActiveIndicatorStopsMatchingWhenItsLastLinkIsWithdrawn() {
        Indicator indicator = in(ACTIVE);
        Submission second = submission("ca-de");
        indicator.link(second, null, T0);
        assertTrue(indicator.matchable());
        indicator.withdrawLink(submission("ca-fr"), "not linked: nothing happens", T0);
        assertTrue(indicator.matchable());
        indicator.withdrawLink(second, "rejected", T0);
        assertTrue(indicator.matchable(), "the first link still holds");
        indicator.provenance().get(0).withdraw("gone", T0);
        assertFalse(indicator.matchable());
        assertEquals("gone", indicator.provenance().get(0).withdrawnReason());
        assertEquals(T0, indicator.provenance().get(0).withdrawnAt());
    }

    @Test
    void aLinkIsVerifiedOnlyForItsOwnSubmission() {
        Indicator indicator = in(SUBMITTED);
        Submission other = submission("ca-de");
        indicator.link(other, null, T0);
        indicator.verifyLink(other);
        assertFalse(indicator.provenance().get(0).verified());
        assertTrue(indicator.provenance().get(1).verified());
        assertTrue(indicator.linkOf(other).isPresent());
        assertTrue(indicator.linkOf(submission("ca-fr")).isEmpty());
    }

    @Test
    void retireDisableAndQuarantineNeedAReason() {
        for (IndicatorEvent event : List.of(IndicatorEvent.RETIRE, IndicatorEvent.DISABLE, IndicatorEvent.QUARANTINE)) {
            Indicator indicator = in(ACTIVE);
            RuleViolationException refused = assertThrows(RuleViolationException.class,
                    () -> indicator.apply(event, "  ", null, "reviewer", T0));
            assertEquals(RuleViolationException.Code.INVALID, refused.code());
            assertEquals(ACTIVE, indicator.state());
        }
        Indicator confirmed = in(QUARANTINED);
        confirmed.apply(IndicatorEvent.CONFIRM, null, null, "reviewer", T0);
        assertNull(confirmed.history().get(confirmed.history().size() - 1).reason());
    }

    @Test
    void aRejectionIsRetirementWithTheVerificationReason() {
        Indicator indicator = in(SUBMITTED);
        indicator.apply(IndicatorEvent.REJECT, null, null, "reviewer", T0);
        assertEquals(RETIRED, indicator.state());
        assertEquals(IndicatorLifecycle.REJECTED_AT_VERIFICATION, indicator.retiredReason());
    }

    @Test
    void aDisablementUntilADateKeepsTheDateUntilEnabled() {
        Indicator indicator = in(ACTIVE);
        Instant until = T0.plusSeconds(3600);
        indicator.apply(IndicatorEvent.DISABLE, "investigation", until, "reviewer", T0);
        assertEquals(until, indicator.disabledUntil());
        assertFalse(indicator.matchable());
        indicator.apply(IndicatorEvent.ENABLE, null, null, "system", until);
        assertNull(indicator.disabledUntil());
        assertTrue(indicator.matchable());
    }

    @Test
    void aDisablementEndsInTheFuture() {
        Indicator indicator = in(ACTIVE);
        assertThrows(RuleViolationException.class, () -> indicator.apply(IndicatorEvent.DISABLE, "x", T0, "reviewer", T0));
        assertEquals(ACTIVE, indicator.state());
        assertEquals(1, indicator.history().stream().filter(h -> h.toState() == ACTIVE).count());
    }

    @Test
    void theReviewDateIsKeptAtTheDatabasePrecision() {
        Indicator indicator = in(ACTIVE);
        indicator.reviewDue(T0.plusNanos(1234));
        assertEquals(T0.plusNanos(1000), indicator.reviewDueAt());
        indicator.reviewDue(null);
        assertNull(indicator.reviewDueAt());
    }

    @Test
    void everyEventHasItsAuditAction() {
        for (IndicatorEvent event : IndicatorEvent.values()) {
            assertEquals("INDICATOR_" + switch (event) {
                case VERIFY -> "VERIFIED";
                case REJECT -> "REJECTED";
                case ACTIVATE -> "ACTIVATED";
                case DISABLE -> "DISABLED";
                case ENABLE -> "ENABLED";
                case QUARANTINE -> "QUARANTINED";
                case CONFIRM -> "CONFIRMED";
                case RETIRE -> "RETIRED";
            }, IndicatorAction.of(event).name());
            assertEquals("Indicator", IndicatorAction.of(event).objectType());
        }
        assertEquals("IndicatorSubmission", IndicatorAction.INDICATOR_SUBMISSION_VERIFIED.objectType());
    }
}
