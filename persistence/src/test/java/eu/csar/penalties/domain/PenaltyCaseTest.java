package eu.csar.penalties.domain;

import eu.csar.penalties.api.PenaltyStep;
import eu.csar.penalties.api.FactorAssessment;
import eu.csar.penalties.api.FactorEntry;
import eu.csar.penalties.api.LinkKind;
import eu.csar.penalties.api.PenaltyCaseState;
import eu.csar.penalties.api.PenaltyKind;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static eu.csar.penalties.api.PenaltyCaseState.CLOSED;
import static eu.csar.penalties.api.PenaltyCaseState.DECIDED;
import static eu.csar.penalties.api.PenaltyCaseState.OPEN;
import static eu.csar.penalties.api.PenaltyCaseState.WITHDRAWN;
import static eu.csar.penalties.domain.PenaltyCaseEvent.CLOSE;
import static eu.csar.penalties.domain.PenaltyCaseEvent.DECIDE;
import static eu.csar.penalties.domain.PenaltyCaseEvent.WITHDRAW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every (state, event) pair of the penalty case workflow (Art 35) against the intended moves, written
 * out here independently of the table, the case moving through each (history row with its legal
 * basis, or nothing changed when refused); the factor checklist of Art 35(6) as the profile lists it;
 * and the decision within the cap, at it, and one cent over it (refused naming the Article, nothing kept).
 */
class PenaltyCaseTest {

    static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");
    static final List<String> FACTORS = List.of("GRAVITY", "DURATION", "INTENT_OR_NEGLIGENCE", "PREVIOUS_INFRINGEMENTS",
            "FINANCIAL_STRENGTH", "COOPERATION", "SIZE");
    static final PenaltyCap SIX = new PenaltyCap(PenaltyKind.INFRINGEMENT, new BigDecimal("6"),
            "Art 35(4), first subparagraph", "COM-2022-209 v1");

    static final Map<PenaltyCaseState, Map<PenaltyCaseEvent, PenaltyCaseState>> INTENDED = Map.of(
            OPEN, Map.of(DECIDE, DECIDED, WITHDRAW, WITHDRAWN),
            DECIDED, Map.of(CLOSE, CLOSED),
            CLOSED, Map.of(),
            WITHDRAWN, Map.of());

    static Stream<Arguments> everyStateAndEvent() {
        return Arrays.stream(PenaltyCaseState.values())
                .flatMap(state -> Arrays.stream(PenaltyCaseEvent.values()).map(event -> Arguments.of(state, event)));
    }

    static PenaltyCase opened() {
        return PenaltyCase.open("NL-PEN-2026-0001", MemberState.NL, new ProviderId(UUID.randomUUID()), "Example Hosting B.V.",
                "COM-2022-209", 1, "  Removal orders not executed within the period (synthetic).  ",
                List.of(new PenaltyCaseLink(LinkKind.REMOVAL_ORDER, UUID.randomUUID(), "NL-RO-2026-1")), "ca-nl", T0);
    }

    /** An open case with every factor assessed and a turnover of EUR 250 000 000.00 in 2025. */
    static PenaltyCase ready() {
        PenaltyCase c = opened();
        c.recordFactors(FACTORS, FACTORS.stream().map(f -> new FactorEntry(f, FactorAssessment.NEUTRAL, null)).toList(), "ca-nl", T0);
        c.recordTurnover(new BigDecimal("250000000"), 2025, 365, "ca-nl", T0);
        return c;
    }

    static void apply(PenaltyCase c, PenaltyCaseEvent event, Instant at) {
        switch (event) {
            case DECIDE -> c.decide(FACTORS, SIX, new BigDecimal("1000000"), null, "proportionate", "ca-nl", at);
            case CLOSE -> c.close("paid", "ca-nl", at);
            case WITHDRAW -> c.withdraw("the infringement was remedied", "ca-nl", at);
        }
    }

    static PenaltyCase in(PenaltyCaseState state) {
        PenaltyCase c = ready();
        List<PenaltyCaseEvent> path = switch (state) {
            case OPEN -> List.of();
            case DECIDED -> List.of(DECIDE);
            case CLOSED -> List.of(DECIDE, CLOSE);
            case WITHDRAWN -> List.of(WITHDRAW);
        };
        path.forEach(e -> apply(c, e, T0.plusSeconds(60)));
        assertEquals(state, c.state());
        return c;
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("everyStateAndEvent")
    void theTableAllowsExactlyTheIntendedMoves(PenaltyCaseState state, PenaltyCaseEvent event) {
        PenaltyCaseState intended = INTENDED.get(state).get(event);
        if (intended != null) {
            assertTrue(PenaltyCaseLifecycle.TABLE.permits(state, event));
            assertEquals(intended, PenaltyCaseLifecycle.TABLE.next(state, event));
        } else {
            assertFalse(PenaltyCaseLifecycle.TABLE.permits(state, event));
            RuleViolationException refused = assertThrows(RuleViolationException.class,
                    () -> PenaltyCaseLifecycle.TABLE.next(state, event));
            assertEquals(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, refused.code());
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("everyStateAndEvent")
    void theCaseMovesAsTheTableSaysAndRecordsEachMove(PenaltyCaseState state, PenaltyCaseEvent event) {
        PenaltyCase c = in(state);
        int rows = c.history().size();
        PenaltyCaseState intended = INTENDED.get(state).get(event);
        Instant at = T0.plusSeconds(120);
        if (intended != null) {
            apply(c, event, at);
            assertEquals(intended, c.state());
            assertEquals(at, c.stateChangedAt());
            assertEquals(rows + 1, c.history().size());
            PenaltyCaseStatusChange last = c.history().get(rows);
            assertEquals(state, last.fromState().orElseThrow());
            assertEquals(event.name(), last.event());
            assertEquals(intended, last.toState());
            assertEquals(event.legalBasis(), last.legalBasis());
            assertEquals(PenaltyCaseLifecycle.TABLE.eventsFrom(intended), c.possibleEvents());
        } else {
            RuleViolationException refused = assertThrows(RuleViolationException.class, () -> apply(c, event, at));
            assertEquals(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, refused.code());
            assertEquals(state, c.state());
            assertEquals(rows, c.history().size());
        }
    }

    @Test
    void aNewCaseIsOpenWithItsFirstHistoryRow() {
        PenaltyCase c = opened();
        assertEquals(OPEN, c.state());
        assertEquals("NL-PEN-2026-0001", c.caseNumber());
        assertEquals("Removal orders not executed within the period (synthetic).", c.summary());
        assertEquals(1, c.history().size());
        assertTrue(c.history().get(0).fromState().isEmpty());
        assertEquals(PenaltyCaseLifecycle.OPEN_EVENT, c.history().get(0).event());
        assertEquals("Art 35(1)", c.history().get(0).legalBasis());
        assertEquals(FACTORS, c.missingFactors(FACTORS));
        assertEquals(1, c.links().size());
    }

    @Test
    void theChecklistTakesOnlyTheProfilesFactorsInItsOrderAndKeepsEarlierOnes() {
        PenaltyCase c = opened();
        c.recordFactors(FACTORS, List.of(new FactorEntry("SIZE", FactorAssessment.MITIGATING, "  small  "),
                new FactorEntry(" GRAVITY ", FactorAssessment.AGGRAVATING, "long-lasting")), "ca-nl", T0);
        assertEquals(List.of("GRAVITY", "SIZE"), c.factors().stream().map(PenaltyCaseFactor::factor).toList());
        assertEquals("small", c.factors().get(1).note());
        c.recordFactors(FACTORS, List.of(new FactorEntry("SIZE", FactorAssessment.NEUTRAL, " ")), "ca-nl", T0);
        assertEquals(FactorAssessment.NEUTRAL, c.factors().get(1).assessment());
        assertNull(c.factors().get(1).note());
        assertEquals(FactorAssessment.AGGRAVATING, c.factors().get(0).assessment());
        assertEquals(List.of("DURATION", "INTENT_OR_NEGLIGENCE", "PREVIOUS_INFRINGEMENTS", "FINANCIAL_STRENGTH", "COOPERATION"),
                c.missingFactors(FACTORS));
    }

    @Test
    void aBadChecklistIsRefusedNamingItsFieldAndNothingChanges() {
        PenaltyCase c = opened();
        assertField("factors", () -> c.recordFactors(FACTORS, List.of(), "a", T0));
        assertField("factors[1].factor", () -> c.recordFactors(FACTORS, List.of(new FactorEntry("SIZE", FactorAssessment.NEUTRAL, null),
                new FactorEntry("HAIR_COLOUR", FactorAssessment.NEUTRAL, null)), "a", T0));
        assertField("factors[1].factor", () -> c.recordFactors(FACTORS, List.of(new FactorEntry("SIZE", FactorAssessment.NEUTRAL, null),
                new FactorEntry("SIZE", FactorAssessment.MITIGATING, null)), "a", T0));
        assertField("factors[0].assessment", () -> c.recordFactors(FACTORS, List.of(new FactorEntry("SIZE", null, null)), "a", T0));
        assertField("factors[0].note", () -> c.recordFactors(FACTORS,
                List.of(new FactorEntry("SIZE", FactorAssessment.NEUTRAL, "n".repeat(FactorEntry.MAX_NOTE + 1))), "a", T0));
        assertTrue(c.factors().isEmpty());
        c.recordFactors(FACTORS, List.of(new FactorEntry("SIZE", FactorAssessment.NEUTRAL, "n".repeat(FactorEntry.MAX_NOTE))), "a", T0);
        assertEquals(1, c.factors().size());
    }

    @Test
    void theTurnoverIsEuroWithCentsOfAPastBusinessYear() {
        PenaltyCase c = opened();
        assertField("annualTurnover", () -> c.recordTurnover(new BigDecimal("-1"), 2025, 365, "a", T0));
        assertField("annualTurnover", () -> c.recordTurnover(new BigDecimal("1.001"), 2025, 365, "a", T0));
        assertField("annualTurnover", () -> c.recordTurnover(new BigDecimal("1e15"), 2025, 365, "a", T0));
        assertField("businessYear", () -> c.recordTurnover(BigDecimal.TEN, 2027, 365, "a", T0));
        assertField("businessYear", () -> c.recordTurnover(BigDecimal.TEN, 1999, 365, "a", T0));
        assertField("businessYearDays", () -> c.recordTurnover(BigDecimal.TEN, 2024, 360, "a", T0));
        assertNull(c.annualTurnover());
        c.recordTurnover(new BigDecimal("999999999999999.99"), 2026, 366, "a", T0);
        assertEquals(new BigDecimal("999999999999999.99"), c.annualTurnover());
        assertEquals(366, c.businessYearDays());
    }

    @Test
    void aDecisionNeedsEveryFactorAndTheTurnover() {
        PenaltyCase c = opened();
        RuleViolationException missing = assertField("factors", () -> apply(c, DECIDE, T0));
        assertTrue(missing.getMessage().contains("GRAVITY"), missing.getMessage());
        c.recordFactors(FACTORS, FACTORS.stream().map(f -> new FactorEntry(f, FactorAssessment.NEUTRAL, null)).toList(), "a", T0);
        assertField("annualTurnover", () -> apply(c, DECIDE, T0));
        c.recordTurnover(new BigDecimal("250000000"), 2025, 365, "a", T0);
        assertField("reasoning", () -> c.decide(FACTORS, SIX, BigDecimal.ONE, null, " ", "a", T0));
        assertField("proposedAmount", () -> c.decide(FACTORS, SIX, null, null, "r", "a", T0));
        assertEquals(OPEN, c.state());
    }

    @Test
    void atTheCapIsDecidedWithTheStepsAndOneCentOverIsRefusedNamingTheArticle() {
        PenaltyCase over = ready();
        RuleViolationException refused = assertField("proposedAmount",
                () -> over.decide(FACTORS, SIX, new BigDecimal("15000000.01"), null, "r", "ca-nl", T0));
        assertTrue(refused.getMessage().contains("Art 35(4), first subparagraph"), refused.getMessage());
        assertEquals(OPEN, over.state());
        assertNull(over.decisionAmount());
        assertTrue(over.decisionSteps().isEmpty());
        assertEquals(1, over.history().size());

        PenaltyCase at = ready();
        at.decide(FACTORS, SIX, new BigDecimal("15000000"), null, "  at the cap  ", "ca-nl", T0);
        assertEquals(DECIDED, at.state());
        assertEquals(new BigDecimal("15000000.00"), at.decisionAmount());
        assertEquals(new BigDecimal("15000000.00"), at.decisionCap());
        assertEquals("at the cap", at.decisionReasoning());
        assertEquals("Art 35(4), first subparagraph", at.decisionArticle());
        assertEquals(PenaltyStep.of("penStep.proposedAtCapFine", "EUR 15000000.00"), at.decisionSteps().get(2),
                "kept as the key and its arguments, read back as they were stored");
        assertEquals(PenaltyStep.of("penStep.capFine", "6%", "Art 35(4), first subparagraph", "COM-2022-209 v1"),
                at.decisionSteps().get(0));
        assertField("annualTurnover", () -> at.recordTurnover(BigDecimal.ONE, 2025, 365, "a", T0), RuleViolationException.Code.NOT_PERMITTED_IN_STATE);
        assertField("factors", () -> at.recordFactors(FACTORS, List.of(new FactorEntry("SIZE", FactorAssessment.NEUTRAL, null)), "a", T0),
                RuleViolationException.Code.NOT_PERMITTED_IN_STATE);
    }

    @Test
    void aPeriodicPenaltyIsDecidedPerDayOverItsDays() {
        PenaltyCase c = ready();
        PenaltyCap five = new PenaltyCap(PenaltyKind.PERIODIC, new BigDecimal("5"), "Art 35(5)", "COM-2022-209 v1");
        // 250 000 000 / 365 = 684 931.50 a day; 5% = 34 246.57
        assertField("proposedAmount", () -> c.decide(FACTORS, five, new BigDecimal("34246.58"), 10, "r", "a", T0));
        c.decide(FACTORS, five, new BigDecimal("34246.57"), 10, "r", "a", T0);
        assertEquals(10, c.decisionDays());
        assertEquals(new BigDecimal("342465.70"), c.decisionTotal());
    }

    @Test
    void badTextAndLinksAreRefusedNamingTheField() {
        UUID twice = UUID.randomUUID();
        assertField("summary", () -> PenaltyCase.open("n", MemberState.NL, new ProviderId(UUID.randomUUID()), "p", "COM-2022-209", 1,
                " ", List.of(), "a", T0));
        assertField("summary", () -> PenaltyCase.open("n", MemberState.NL, new ProviderId(UUID.randomUUID()), "p", "COM-2022-209", 1,
                "s".repeat(PenaltyCase.MAX_SUMMARY + 1), List.of(), "a", T0));
        assertField("links[1].id", () -> PenaltyCase.open("n", MemberState.NL, new ProviderId(UUID.randomUUID()), "p", "COM-2022-209", 1,
                "s", List.of(new PenaltyCaseLink(LinkKind.REPORT, twice, "r"), new PenaltyCaseLink(LinkKind.REPORT, twice, "r")), "a", T0));
        PenaltyCase c = opened();
        assertField("reason", () -> c.withdraw(" ", "a", T0));
        assertField("reason", () -> c.withdraw("r".repeat(PenaltyCase.MAX_REASON + 1), "a", T0));
        assertEquals(OPEN, c.state());
    }

    @Test
    void everyEventHasItsAuditAction() {
        for (PenaltyCaseEvent event : PenaltyCaseEvent.values()) {
            assertTrue(PenaltyCaseAction.of(event).name().startsWith("PENALTY_CASE_"));
            assertEquals("PenaltyCase", PenaltyCaseAction.of(event).objectType());
        }
        assertEquals(PenaltyCaseEvent.values().length,
                Arrays.stream(PenaltyCaseEvent.values()).map(PenaltyCaseAction::of).distinct().count());
        assertEquals(" where c.memberState in :states and c.state = :state", PenaltyCaseRepository.where(OPEN));
        assertEquals(" where c.memberState in :states", PenaltyCaseRepository.where(null));
    }

    static RuleViolationException assertField(String field, Executable call) {
        return assertField(field, call, RuleViolationException.Code.INVALID);
    }

    static RuleViolationException assertField(String field, Executable call, RuleViolationException.Code code) {
        RuleViolationException refused = assertThrows(RuleViolationException.class, call);
        assertEquals(code, refused.code(), refused.getMessage());
        assertEquals(field, refused.field());
        return refused;
    }
}
