package eu.csar.risk.domain;

import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileRef;
import eu.csar.risk.api.AssessmentKind;
import eu.csar.risk.api.RiskAssessmentId;
import eu.csar.risk.api.RiskAssessmentState;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static eu.csar.risk.api.RiskAssessmentState.ACCEPTED;
import static eu.csar.risk.api.RiskAssessmentState.INFORMATION_REQUESTED;
import static eu.csar.risk.api.RiskAssessmentState.MEASURES_REQUIRED;
import static eu.csar.risk.api.RiskAssessmentState.SUBMITTED;
import static eu.csar.risk.api.RiskAssessmentState.SUPERSEDED;
import static eu.csar.risk.domain.RiskAssessmentEvent.ACCEPT;
import static eu.csar.risk.domain.RiskAssessmentEvent.ASSIGN_CATEGORY;
import static eu.csar.risk.domain.RiskAssessmentEvent.REQUEST_INFORMATION;
import static eu.csar.risk.domain.RiskAssessmentEvent.REQUIRE_MEASURES;
import static eu.csar.risk.domain.RiskAssessmentEvent.SUPERSEDE;
import static eu.csar.risk.domain.RiskAssessmentEvent.SUPPLEMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Every (state, event) pair of the risk-assessment review (Art 5) against the intended moves,
 * written out here independently of the table, and an assessment moving through each: a history row
 * with the event's legal basis, or nothing changed when refused.
 */
class RiskAssessmentLifecycleTest {

    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    static final Map<RiskAssessmentState, Map<RiskAssessmentEvent, RiskAssessmentState>> INTENDED = Map.of(
            SUBMITTED, Map.of(ACCEPT, ACCEPTED, REQUEST_INFORMATION, INFORMATION_REQUESTED, REQUIRE_MEASURES, MEASURES_REQUIRED,
                    ASSIGN_CATEGORY, SUBMITTED, SUPERSEDE, SUPERSEDED),
            INFORMATION_REQUESTED, Map.of(SUPPLEMENT, SUBMITTED, ASSIGN_CATEGORY, INFORMATION_REQUESTED, SUPERSEDE, SUPERSEDED),
            MEASURES_REQUIRED, Map.of(SUPPLEMENT, SUBMITTED, ASSIGN_CATEGORY, MEASURES_REQUIRED, SUPERSEDE, SUPERSEDED),
            ACCEPTED, Map.of(ASSIGN_CATEGORY, ACCEPTED, SUPERSEDE, SUPERSEDED),
            SUPERSEDED, Map.of());

    static Stream<Arguments> everyStateAndEvent() {
        return Arrays.stream(RiskAssessmentState.values())
                .flatMap(state -> Arrays.stream(RiskAssessmentEvent.values()).map(event -> Arguments.of(state, event)));
    }

    static RiskDueDates dueDates() {
        return new RiskDueDates(LegalPeriod.years(3), LegalPeriod.months(3), LegalPeriod.months(1), LegalPeriod.months(2));
    }

    static RiskAssessment submitted() {
        return RiskAssessment.submit(new ProviderId(UUID.fromString("0b7c2a52-1c5d-4f0e-9a53-6e0d1f7b9a10")), "Alpha Hosting (synthetic)",
                Set.of(MemberState.NL), AssessmentKind.SERVICE, new ProfileRef("COUNCIL-GA-2025", 1), List.of("riskAssessment", "mitigationMeasures"),
                Map.of("riskAssessment", "low use by children (synthetic)", "mitigationMeasures", "age checks at sign-up"),
                dueDates(), "alpha", T0);
    }

    static void apply(RiskAssessment a, RiskAssessmentEvent event, Instant at) {
        switch (event) {
            case ACCEPT -> a.accept("fine", "ca-nl", at);
            case REQUEST_INFORMATION, REQUIRE_MEASURES -> a.request(event, "tell us more", at.plusSeconds(3600), UUID.randomUUID(), "ca-nl", at);
            case SUPPLEMENT -> a.supplement("here it is", "alpha", at);
            case ASSIGN_CATEGORY -> a.assignCategory("HIGH", List.of("HIGH", "MEDIUM", "LOW"), "ca-nl", at);
            case SUPERSEDE -> a.supersede(new RiskAssessmentId(UUID.randomUUID()), "alpha", at);
        }
    }

    static RiskAssessment in(RiskAssessmentState state) {
        RiskAssessment a = submitted();
        List<RiskAssessmentEvent> path = switch (state) {
            case SUBMITTED -> List.of();
            case INFORMATION_REQUESTED -> List.of(REQUEST_INFORMATION);
            case MEASURES_REQUIRED -> List.of(REQUIRE_MEASURES);
            case ACCEPTED -> List.of(ACCEPT);
            case SUPERSEDED -> List.of(SUPERSEDE);
        };
        path.forEach(e -> apply(a, e, T0.plusSeconds(60)));
        assertEquals(state, a.state());
        return a;
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyStateAndEvent")
    void everyPairMovesExactlyAsIntended(RiskAssessmentState state, RiskAssessmentEvent event) {
        RiskAssessmentState intended = INTENDED.get(state).get(event);
        assertEquals(intended != null, RiskAssessmentLifecycle.TABLE.permits(state, event));
        RiskAssessment a = in(state);
        int rows = a.history().size();
        Instant at = T0.plusSeconds(7200);
        if (intended == null) {
            RuleViolationException refused = assertThrows(RuleViolationException.class, () -> apply(a, event, at));
            assertEquals(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, refused.code());
            assertEquals(state, a.state());
            assertEquals(rows, a.history().size());
        } else {
            apply(a, event, at);
            assertEquals(intended, a.state());
            assertEquals(rows + 1, a.history().size());
            RiskAssessmentStatusChange row = a.history().get(rows);
            assertEquals(state, row.fromState().orElseThrow());
            assertEquals(event.name(), row.event());
            assertEquals(intended, row.toState());
            assertEquals(event.legalBasis(), row.legalBasis());
            assertEquals(at, row.occurredAt());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("states")
    void thePageOffersExactlyTheIntendedEvents(RiskAssessmentState state) {
        assertEquals(INTENDED.get(state).keySet(), in(state).possibleEvents());
    }

    static Stream<RiskAssessmentState> states() {
        return Arrays.stream(RiskAssessmentState.values());
    }
}
