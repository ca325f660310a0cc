package eu.csar.web.platform.rest;

import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InputsTest {

    @Test
    void pagingInputIsParsedHereAndNamedWhenUnreadable() {
        assertEquals(0, Inputs.integer(null, 0, "page"));
        assertEquals(7, Inputs.integer(" 7 ", 0, "page"));
        assertEquals("page", assertThrows(RuleViolationException.class, () -> Inputs.integer("abc", 0, "page")).field());
        assertEquals("size", assertThrows(RuleViolationException.class, () -> Inputs.integer("99999999999", 0, "size")).field());
    }

    @Test
    void aPageBeyondTheRangeOfRowsIsRefusedNotOverflowed() {
        assertEquals(100, Inputs.firstRow(2, 50, 500));
        assertEquals("page", assertThrows(RuleViolationException.class, () -> Inputs.firstRow(Integer.MAX_VALUE, 50, 500)).field());
        assertEquals("page", assertThrows(RuleViolationException.class, () -> Inputs.firstRow(-1, 50, 500)).field());
        assertEquals("size", assertThrows(RuleViolationException.class, () -> Inputs.firstRow(0, 501, 500)).field());
        assertEquals("size", assertThrows(RuleViolationException.class, () -> Inputs.firstRow(0, 0, 500)).field());
    }

    @Test
    void aRefusedValueIsQuotedWholeWhenShortAndCutWithItsLengthWhenLong() {
        assertEquals("'not-a-uuid' is not a UUID",
                assertThrows(RuleViolationException.class, () -> Inputs.uuid("not-a-uuid", "reportId")).getMessage());
        String long65536 = "a".repeat(65_536);
        String refused = assertThrows(RuleViolationException.class, () -> Inputs.uuid(long65536, "reportId")).getMessage();
        assertEquals("'" + "a".repeat(80) + "…' (65536 characters) is not a UUID", refused);
        assertEquals("'" + "x".repeat(80) + "'", Inputs.quoted("x".repeat(80)), "exactly the limit: whole");
        String emoji = "\uD83D\uDE00".repeat(81);
        assertEquals("'" + "\uD83D\uDE00".repeat(80) + "…' (81 characters)", Inputs.quoted(emoji),
                "no character cut in two, and characters counted as a reader counts them");
        assertEquals("'null'", Inputs.quoted(null));
    }
}
