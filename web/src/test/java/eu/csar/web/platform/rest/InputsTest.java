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
}
