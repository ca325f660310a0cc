package eu.csar.technologies.domain;

import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileRef;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.technologies.api.TechnologyState;
import eu.csar.technologies.api.TechnologyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static eu.csar.technologies.api.TechnologyState.APPROVED;
import static eu.csar.technologies.api.TechnologyState.COMMITTEE_OPINION;
import static eu.csar.technologies.api.TechnologyState.DRAFT;
import static eu.csar.technologies.api.TechnologyState.EDPB_CONSULTED;
import static eu.csar.technologies.api.TechnologyState.EDPB_OPINION;
import static eu.csar.technologies.api.TechnologyState.REJECTED;
import static eu.csar.technologies.api.TechnologyState.SUBMITTED_TO_COMMITTEE;
import static eu.csar.technologies.api.TechnologyState.WITHDRAWN;
import static eu.csar.technologies.domain.TechnologyEvent.APPROVE;
import static eu.csar.technologies.domain.TechnologyEvent.CONSULT_EDPB;
import static eu.csar.technologies.domain.TechnologyEvent.EDIT_DRAFT;
import static eu.csar.technologies.domain.TechnologyEvent.EXTEND_OPINION_PERIOD;
import static eu.csar.technologies.domain.TechnologyEvent.RECORD_COMMITTEE_OPINION;
import static eu.csar.technologies.domain.TechnologyEvent.RECORD_EDPB_OPINION;
import static eu.csar.technologies.domain.TechnologyEvent.REJECT;
import static eu.csar.technologies.domain.TechnologyEvent.SUBMIT_TO_COMMITTEE;
import static eu.csar.technologies.domain.TechnologyEvent.WITHDRAW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every (state, event) pair of the register's approval path (Art 50(1)) against the intended moves,
 * written out here independently of the table, the entry moving through each (history row with its
 * legal basis, or nothing changed when refused); the opinion periods (8 weeks from the request,
 * extended once by 6 weeks before they end; the periods as the profile gives them); approval only
 * after two favourable opinions; the entry's own checks on what it describes.
 */
class TechnologyTest {

    static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");
    static final LegalPeriod EIGHT_WEEKS = LegalPeriod.parse("P8W");
    static final LegalPeriod SIX_WEEKS = LegalPeriod.parse("P6W");
    static final LocalDate OPINION_DAY = LocalDate.parse("2026-12-01");

    static final Map<TechnologyState, Map<TechnologyEvent, TechnologyState>> INTENDED = Map.of(
            DRAFT, Map.of(SUBMIT_TO_COMMITTEE, SUBMITTED_TO_COMMITTEE, WITHDRAW, WITHDRAWN, EDIT_DRAFT, DRAFT),
            SUBMITTED_TO_COMMITTEE, Map.of(EXTEND_OPINION_PERIOD, SUBMITTED_TO_COMMITTEE, RECORD_COMMITTEE_OPINION, COMMITTEE_OPINION),
            COMMITTEE_OPINION, Map.of(CONSULT_EDPB, EDPB_CONSULTED, REJECT, REJECTED),
            EDPB_CONSULTED, Map.of(EXTEND_OPINION_PERIOD, EDPB_CONSULTED, RECORD_EDPB_OPINION, EDPB_OPINION),
            EDPB_OPINION, Map.of(APPROVE, APPROVED, REJECT, REJECTED),
            APPROVED, Map.of(WITHDRAW, WITHDRAWN),
            REJECTED, Map.of(),
            WITHDRAWN, Map.of());

    static Stream<Arguments> everyStateAndEvent() {
        return Arrays.stream(TechnologyState.values())
                .flatMap(state -> Arrays.stream(TechnologyEvent.values()).map(event -> Arguments.of(state, event)));
    }

    static Technology.Description description(String reference) {
        return new Technology.Description(reference, "  Synthetic hash matcher  ", "2.0", TechnologyType.KNOWN, "Example Lab (synthetic)",
                "Matches hashes (synthetic)", new BigDecimal("0.01"), new BigDecimal("2.5"),
                "Synthetic test set of 1 000 generated images", "internal only");
    }

    static Technology created() {
        return Technology.create(description("TECH-TEST-1"), new ProfileRef("COM-2022-209", 1), "admin", T0);
    }

    static void apply(Technology t, TechnologyEvent event, Instant at) {
        switch (event) {
            case SUBMIT_TO_COMMITTEE -> t.submitToCommittee(EIGHT_WEEKS, null, "admin", at);
            case EXTEND_OPINION_PERIOD -> t.extendOpinionPeriod(SIX_WEEKS, null, "complex matter", "admin", at);
            case RECORD_COMMITTEE_OPINION -> t.recordCommitteeOpinion(OPINION_DAY, true, "TC-1", "admin", at);
            case CONSULT_EDPB -> t.consultEdpb(EIGHT_WEEKS, null, "admin", at);
            case RECORD_EDPB_OPINION -> t.recordEdpbOpinion(OPINION_DAY, true, "EDPB-1", "admin", at);
            case APPROVE -> t.approve(null, "admin", at);
            case REJECT -> t.reject("not proportionate", "admin", at);
            case WITHDRAW -> t.withdraw("superseded by version 3", "admin", at);
            case EDIT_DRAFT -> t.editDraft(new Technology.DraftEdit("Matches hashes, corrected (synthetic)", null, null, null), "admin", at);
        }
    }

    static Technology in(TechnologyState state) {
        Technology t = created();
        List<TechnologyEvent> path = switch (state) {
            case DRAFT -> List.of();
            case SUBMITTED_TO_COMMITTEE -> List.of(SUBMIT_TO_COMMITTEE);
            case COMMITTEE_OPINION -> List.of(SUBMIT_TO_COMMITTEE, RECORD_COMMITTEE_OPINION);
            case EDPB_CONSULTED -> List.of(SUBMIT_TO_COMMITTEE, RECORD_COMMITTEE_OPINION, CONSULT_EDPB);
            case EDPB_OPINION -> List.of(SUBMIT_TO_COMMITTEE, RECORD_COMMITTEE_OPINION, CONSULT_EDPB, RECORD_EDPB_OPINION);
            case APPROVED -> List.of(SUBMIT_TO_COMMITTEE, RECORD_COMMITTEE_OPINION, CONSULT_EDPB, RECORD_EDPB_OPINION, APPROVE);
            case REJECTED -> List.of(SUBMIT_TO_COMMITTEE, RECORD_COMMITTEE_OPINION, REJECT);
            case WITHDRAWN -> List.of(WITHDRAW);
        };
        path.forEach(e -> apply(t, e, T0.plusSeconds(60)));
        assertEquals(state, t.state());
        return t;
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("everyStateAndEvent")
    void theTableAllowsExactlyTheIntendedMoves(TechnologyState state, TechnologyEvent event) {
        TechnologyState intended = INTENDED.get(state).get(event);
        if (intended != null) {
            assertTrue(TechnologyLifecycle.TABLE.permits(state, event));
            assertEquals(intended, TechnologyLifecycle.TABLE.next(state, event));
        } else {
            assertFalse(TechnologyLifecycle.TABLE.permits(state, event));
            RuleViolationException refused = assertThrows(RuleViolationException.class,
                    () -> TechnologyLifecycle.TABLE.next(state, event));
            assertEquals(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, refused.code());
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("everyStateAndEvent")
    void theEntryMovesAsTheTableSaysAndRecordsEachMove(TechnologyState state, TechnologyEvent event) {
        Technology t = in(state);
        int rows = t.history().size();
        TechnologyState intended = INTENDED.get(state).get(event);
        Instant at = T0.plusSeconds(120);
        if (intended != null) {
            apply(t, event, at);
            assertEquals(intended, t.state());
            assertEquals(at, t.stateChangedAt());
            assertEquals(rows + 1, t.history().size());
            TechnologyStatusChange last = t.history().get(rows);
            assertEquals(state, last.fromState().orElseThrow());
            assertEquals(event.name(), last.event());
            assertEquals(intended, last.toState());
            assertEquals(event.legalBasis(), last.legalBasis());
            assertEquals("admin", last.actor());
            assertEquals(TechnologyLifecycle.TABLE.eventsFrom(intended), t.possibleEvents());
        } else {
            RuleViolationException refused = assertThrows(RuleViolationException.class, () -> apply(t, event, at));
            assertEquals(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, refused.code());
            assertEquals(state, t.state());
            assertEquals(rows, t.history().size());
        }
    }

    @Test
    void aNewEntryIsADraftWithItsFirstHistoryRowAndItsRatesInPercent() {
        Technology t = created();
        assertEquals(DRAFT, t.state());
        assertEquals("Synthetic hash matcher", t.name());
        assertEquals(new BigDecimal("0.0100"), t.falsePositiveRate());
        assertEquals(new BigDecimal("2.5000"), t.falseNegativeRate());
        assertEquals(new ProfileRef("COM-2022-209", 1), t.profile());
        TechnologyStatusChange first = t.history().get(0);
        assertTrue(first.fromState().isEmpty());
        assertEquals(TechnologyLifecycle.CREATE_EVENT, first.event());
        assertEquals("Art 50(1)", first.legalBasis());
        assertFalse(t.approved().toString().contains("internal only"), "the public shape has no internal notes");
    }

    @Test
    void whatAnEntryDescribesIsCheckedNamingTheField() {
        Map<String, Technology.Description> bad = Map.of(
                "reference", new Technology.Description("tech pdq", "n", "1", TechnologyType.KNOWN, "s", "d", BigDecimal.ONE,
                        BigDecimal.ONE, "m", null),
                "type", new Technology.Description("TECH-X", "n", "1", null, "s", "d", BigDecimal.ONE, BigDecimal.ONE, "m", null),
                "falsePositiveRate", new Technology.Description("TECH-X", "n", "1", TechnologyType.NEW, "s", "d",
                        new BigDecimal("100.01"), BigDecimal.ONE, "m", null),
                "falseNegativeRate", new Technology.Description("TECH-X", "n", "1", TechnologyType.NEW, "s", "d", BigDecimal.ONE,
                        new BigDecimal("-1"), "m", null),
                "errorRateMethod", new Technology.Description("TECH-X", "n", "1", TechnologyType.NEW, "s", "d", BigDecimal.ONE,
                        BigDecimal.ONE, " ", null),
                "name", new Technology.Description("TECH-X", null, "1", TechnologyType.NEW, "s", "d", BigDecimal.ONE,
                        BigDecimal.ONE, "m", null));
        bad.forEach((field, d) -> {
            RuleViolationException refused = assertThrows(RuleViolationException.class,
                    () -> Technology.create(d, new ProfileRef("COM-2022-209", 1), "admin", T0), field);
            assertEquals(field, refused.field());
        });
    }

    @Test
    void eachOpinionIsDueEightWeeksAfterTheRequestAndItsPeriodIsExtendedOnceBySixWeeksBeforeItEnds() {
        Technology t = created();
        t.submitToCommittee(EIGHT_WEEKS, null, "admin", T0);
        assertEquals(Instant.parse("2027-01-28T10:00:00Z"), t.opinionDueAt());
        assertEquals(T0, t.opinionRequestedAt());
        t.extendOpinionPeriod(SIX_WEEKS, null, "complex matter", "admin", T0.plusSeconds(3600));
        assertEquals(Instant.parse("2027-03-11T10:00:00Z"), t.opinionDueAt(), "14 weeks from the request");
        assertTrue(t.opinionExtended());
        RuleViolationException twice = assertThrows(RuleViolationException.class,
                () -> t.extendOpinionPeriod(SIX_WEEKS, null, "again", "admin", T0.plusSeconds(7200)));
        assertEquals(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, twice.code());
        assertEquals(Instant.parse("2027-03-11T10:00:00Z"), t.opinionDueAt(), "nothing changed");

        // the EDPB's period starts afresh from its own request, with its own extension
        t.recordCommitteeOpinion(OPINION_DAY, true, "TC-1", "admin", T0.plusSeconds(7200));
        assertNull(t.opinionDueAt());
        Instant asked = Instant.parse("2026-12-10T08:30:00Z");
        t.consultEdpb(EIGHT_WEEKS, null, "admin", asked);
        assertEquals(Instant.parse("2027-02-04T08:30:00Z"), t.opinionDueAt());
        assertFalse(t.opinionExtended());
        RuleViolationException late = assertThrows(RuleViolationException.class,
                () -> t.extendOpinionPeriod(SIX_WEEKS, null, "too late", "admin", Instant.parse("2027-02-04T08:30:00Z")));
        assertTrue(late.getMessage().contains("no longer"), late.getMessage());
        t.extendOpinionPeriod(SIX_WEEKS, null, "complex matter", "admin", Instant.parse("2027-02-04T08:29:59Z"));
        assertEquals(Instant.parse("2027-03-18T08:30:00Z"), t.opinionDueAt());
        RuleViolationException noReason = assertThrows(RuleViolationException.class,
                () -> in(EDPB_CONSULTED).extendOpinionPeriod(SIX_WEEKS, null, " ", "admin", T0.plusSeconds(600)));
        assertEquals("reason", noReason.field());
    }

    static Technology.Description nextVersion(String name, String version, TechnologyType type) {
        return new Technology.Description("TECH-TEST-2", name, version, type, "Example Lab (synthetic)", "Matches hashes (synthetic)",
                new BigDecimal("0.01"), new BigDecimal("2"), "Synthetic test set", null);
    }

    @Test
    void onlyADraftsDescriptionAndErrorRatesAreEditedEachCheckedAtItsFieldAndTheHistoryNamesWhatChanged() {
        Technology t = created();
        t.editDraft(new Technology.DraftEdit("Matches hashes of known items (synthetic)", new BigDecimal("0.02"), null,
                "Synthetic test set of 2 000 generated images"), "admin", T0.plusSeconds(30));
        assertEquals("Matches hashes of known items (synthetic)", t.description());
        assertEquals(new BigDecimal("0.0200"), t.falsePositiveRate());
        assertEquals(new BigDecimal("2.5000"), t.falseNegativeRate(), "an absent field is kept");
        assertEquals("Synthetic test set of 2 000 generated images", t.errorRateMethod());
        TechnologyStatusChange row = t.history().get(t.history().size() - 1);
        assertEquals(DRAFT, row.fromState().orElseThrow());
        assertEquals(DRAFT, row.toState());
        assertEquals("EDIT_DRAFT", row.event());
        assertEquals("changed: description, falsePositiveRate, errorRateMethod", row.reason());
        assertEquals(EDIT_DRAFT.legalBasis(), row.legalBasis());

        Map<String, Technology.DraftEdit> wrong = Map.of(
                "description", new Technology.DraftEdit("  ", null, null, null),
                "falsePositiveRate", new Technology.DraftEdit(null, new BigDecimal("100.5"), null, null),
                "falseNegativeRate", new Technology.DraftEdit(null, null, new BigDecimal("0.00001"), null),
                "errorRateMethod", new Technology.DraftEdit(null, null, null, "x".repeat(Technology.MAX_TEXT + 1)));
        int rows = t.history().size();
        wrong.forEach((field, edit) -> {
            RuleViolationException refused = assertThrows(RuleViolationException.class, () -> t.editDraft(edit, "admin", T0));
            assertEquals(field, refused.field(), field);
            assertEquals(RuleViolationException.Code.INVALID, refused.code());
        });
        RuleViolationException unchanged = assertThrows(RuleViolationException.class, () -> t.editDraft(
                new Technology.DraftEdit("Matches hashes of known items (synthetic)", new BigDecimal("0.020"), null, null), "admin", T0));
        assertTrue(unchanged.getMessage().contains("Nothing to change"), unchanged.getMessage());
        assertEquals(rows, t.history().size(), "nothing recorded on a refusal");
        assertEquals("Matches hashes of known items (synthetic)", t.description());

        for (TechnologyState state : List.of(SUBMITTED_TO_COMMITTEE, COMMITTEE_OPINION, APPROVED, WITHDRAWN)) {
            Technology moved = in(state);
            RuleViolationException refused = assertThrows(RuleViolationException.class, () -> moved.editDraft(
                    new Technology.DraftEdit("changed after the request (synthetic)", null, null, null), "admin", T0));
            assertEquals(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, refused.code(), state.name());
            assertEquals("Matches hashes (synthetic)", moved.description(), "read-only once it left DRAFT");
        }
    }

    @Test
    void aNewVersionSucceedsAnApprovedEntryOfTheSameNameAndTypeWithAHigherVersionAndLeavesItApproved() {
        Technology approved = in(APPROVED);
        ProfileRef profile = new ProfileRef("COM-2022-209", 1);
        Technology next = Technology.createSuccessor(nextVersion("Synthetic hash matcher", "2.10", TechnologyType.KNOWN), approved,
                profile, "admin", T0);
        assertEquals(approved.id(), next.predecessor().orElseThrow());
        assertEquals(DRAFT, next.state());
        assertEquals(APPROVED, approved.state(), "the predecessor stays approved until an admin withdraws it");
        assertTrue(created().predecessor().isEmpty());

        Map<String, Runnable> refusals = Map.of(
                "predecessorReference", () -> Technology.createSuccessor(nextVersion("Synthetic hash matcher", "3.0",
                        TechnologyType.KNOWN), in(DRAFT), profile, "admin", T0),
                "name", () -> Technology.createSuccessor(nextVersion("Another matcher", "3.0", TechnologyType.KNOWN), approved,
                        profile, "admin", T0),
                "type", () -> Technology.createSuccessor(nextVersion("Synthetic hash matcher", "3.0", TechnologyType.NEW), approved,
                        profile, "admin", T0),
                "version", () -> Technology.createSuccessor(nextVersion("Synthetic hash matcher", "2.0", TechnologyType.KNOWN), approved,
                        profile, "admin", T0));
        refusals.forEach((field, attempt) -> assertEquals(field, assertThrows(RuleViolationException.class, attempt::run).field(), field));
    }

    @Test
    void anExtensionIsAnnouncedWithinOneMonthOfTheRequestWhenTheProfileSaysSo() {
        LegalPeriod oneMonth = LegalPeriod.parse("P1M");
        Technology late = created();
        late.submitToCommittee(EIGHT_WEEKS, null, "admin", T0);
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> late.extendOpinionPeriod(SIX_WEEKS, oneMonth, "complex matter", "admin", Instant.parse("2027-01-03T10:00:01Z")));
        assertEquals(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, refused.code());
        assertTrue(refused.getMessage().contains("within P1M"), refused.getMessage());
        assertFalse(late.opinionExtended(), "nothing changed");
        assertEquals(Instant.parse("2027-01-28T10:00:00Z"), late.opinionDueAt());
        assertEquals(2, late.history().size(), "no history row for a refusal");

        late.extendOpinionPeriod(SIX_WEEKS, oneMonth, "complex matter", "admin", Instant.parse("2027-01-03T10:00:00Z"));
        assertTrue(late.opinionExtended(), "exactly one month after the request is still in time");
        assertEquals(Instant.parse("2027-03-11T10:00:00Z"), late.opinionDueAt());

        Technology noRule = created();
        noRule.submitToCommittee(EIGHT_WEEKS, null, "admin", T0);
        noRule.extendOpinionPeriod(SIX_WEEKS, null, "complex matter", "admin", Instant.parse("2027-01-20T10:00:00Z"));
        assertTrue(noRule.opinionExtended(), "a profile version without the rule: only the period's end limits");
    }

    @Test
    void aPeriodThatEndsWithoutTheOpinionMarksTheEntryOverdueOnceAndOnlyWhileTheOpinionIsAwaited() {
        Technology t = created();
        t.submitToCommittee(EIGHT_WEEKS, null, "admin", T0);
        Instant due = t.opinionDueAt();
        assertFalse(t.markOpinionOverdue(due.minusSeconds(1)), "a deadline moved since (an extension) does not count");
        assertTrue(t.markOpinionOverdue(due));
        assertTrue(t.opinionOverdue());
        assertFalse(t.markOpinionOverdue(due), "once");
        t.recordCommitteeOpinion(OPINION_DAY, false, "TC-2", "admin", T0.plusSeconds(60));
        assertFalse(t.opinionOverdue());
        assertFalse(t.markOpinionOverdue(due), "no opinion awaited");
    }

    @Test
    void approvalNeedsBothOpinionsFavourableAndAnOpinionIsGivenNotToCome() {
        Technology t = created();
        t.submitToCommittee(EIGHT_WEEKS, null, "admin", T0);
        RuleViolationException future = assertThrows(RuleViolationException.class,
                () -> t.recordCommitteeOpinion(LocalDate.parse("2026-12-04"), true, "TC-1", "admin", T0));
        assertEquals("opinionDate", future.field());
        assertEquals("favourable", assertThrows(RuleViolationException.class,
                () -> t.recordCommitteeOpinion(OPINION_DAY, null, "TC-1", "admin", T0)).field());
        assertEquals("opinionReference", assertThrows(RuleViolationException.class,
                () -> t.recordCommitteeOpinion(OPINION_DAY, true, " ", "admin", T0)).field());
        t.recordCommitteeOpinion(OPINION_DAY, true, "TC-1", "admin", T0);
        t.consultEdpb(EIGHT_WEEKS, null, "admin", T0);
        t.recordEdpbOpinion(OPINION_DAY, false, "EDPB-9", "admin", T0);
        assertEquals("favourable; TC-1", t.history().get(2).reason());
        assertEquals("not favourable; EDPB-9", t.history().get(4).reason());
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> t.approve(null, "admin", T0));
        assertTrue(refused.getMessage().contains("both favourable"), refused.getMessage());
        assertEquals(EDPB_OPINION, t.state());
        t.reject("the EDPB's opinion is not favourable", "admin", T0);
        assertEquals(REJECTED, t.state());
    }

    @Test
    void everyMoveHasItsOwnAuditAction() {
        for (TechnologyEvent event : TechnologyEvent.values()) {
            assertTrue(TechnologyAction.of(event).name().startsWith("TECHNOLOGY_"));
            assertEquals("Technology", TechnologyAction.of(event).objectType());
        }
        assertEquals(TechnologyEvent.values().length, Arrays.stream(TechnologyEvent.values()).map(TechnologyAction::of).distinct().count());
    }
}
