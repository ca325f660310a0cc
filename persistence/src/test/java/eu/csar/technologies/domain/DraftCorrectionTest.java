package eu.csar.technologies.domain;

import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A draft's edit against what it says now: the new values, each checked at its field, the fields that change; nothing to change refused. */
class DraftCorrectionTest {

    static final Technology DRAFT = TechnologyTest.created();

    @Test
    void eachFieldGivenIsCheckedAndThoseThatChangeAreNamedInOrder() {
        DraftCorrection all = DraftCorrection.of(DRAFT, new Technology.DraftEdit(" New description (synthetic) ", new BigDecimal("0.5"),
                new BigDecimal("3"), " New method (synthetic) "));
        assertEquals(new DraftCorrection("New description (synthetic)", new BigDecimal("0.5000"), new BigDecimal("3.0000"),
                "New method (synthetic)", List.of("description", "falsePositiveRate", "falseNegativeRate", "errorRateMethod")), all);
        assertEquals("changed: description, falsePositiveRate, falseNegativeRate, errorRateMethod", all.summary());

        DraftCorrection one = DraftCorrection.of(DRAFT, new Technology.DraftEdit(null, null, new BigDecimal("2.6"), null));
        assertEquals(new DraftCorrection(DRAFT.description(), DRAFT.falsePositiveRate(), new BigDecimal("2.6000"), DRAFT.errorRateMethod(),
                List.of("falseNegativeRate")), one, "a field left out is kept");
        assertEquals("changed: falseNegativeRate", one.summary());
        assertEquals(List.of("errorRateMethod"), DraftCorrection.of(DRAFT, new Technology.DraftEdit(DRAFT.description(), new BigDecimal("0.01"),
                null, "Another method (synthetic)")).changed(), "the same text, and the same rate at another scale, do not change");
    }

    @Test
    void anEditThatChangesNothingOrSaysSomethingWrongIsRefusedAtItsField() {
        RuleViolationException nothing = assertThrows(RuleViolationException.class, () -> DraftCorrection.of(DRAFT,
                new Technology.DraftEdit(DRAFT.description(), new BigDecimal("0.010"), new BigDecimal("2.50"), DRAFT.errorRateMethod())));
        assertEquals("description", nothing.field());
        assertTrue(nothing.getMessage().contains("Nothing to change"), nothing.getMessage());
        assertEquals("description", assertThrows(RuleViolationException.class, () -> DraftCorrection.of(DRAFT,
                new Technology.DraftEdit("x".repeat(Technology.MAX_TEXT + 1), null, null, null))).field());
        assertEquals("falsePositiveRate", assertThrows(RuleViolationException.class, () -> DraftCorrection.of(DRAFT,
                new Technology.DraftEdit(null, new BigDecimal("-1"), null, null))).field());
        assertEquals("errorRateMethod", assertThrows(RuleViolationException.class, () -> DraftCorrection.of(DRAFT,
                new Technology.DraftEdit(null, null, null, " "))).field());
    }
}
