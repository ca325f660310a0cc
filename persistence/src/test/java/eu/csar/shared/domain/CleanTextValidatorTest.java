package eu.csar.shared.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Free text is stored and published as typed: nothing hidden, nothing the database would alter. */
class CleanTextValidatorTest {

    @ParameterizedTest
    @ValueSource(strings = {"Alpha Hosting B.V.", "Société Générale – Zürich", "株式会社", "Emoji \uD83D\uDE00 pair", "O'Brien & Co. (EU)", ""})
    void ordinaryTextInAnyScriptIsClean(String text) {
        assertTrue(CleanTextValidator.isClean(text, false), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NUL\u0000", "bell\u0007", "esc\u001B[31m", "del\u007F", "c1\u0085", "lone \uD800 high", "lone \uDC00 low",
            "end high \uD83D", "rlo\u202Eevil", "lre\u202A", "pdf\u202C", "lri\u2066", "pdi\u2069", "zwsp\u200B", "zwnj\u200C",
            "zwj\u200D", "bom\uFEFF", "wj\u2060", "rlm\u200F", "replacement \uFFFD"})
    void controlInvisibleAndBrokenCharactersAreRefused(String text) {
        assertFalse(CleanTextValidator.isClean(text, true), text);
        assertFalse(CleanTextValidator.isClean(text, false), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 Example Street\nDublin", "line\r\nbreak", "tab\there"})
    void lineBreaksAndTabsOnlyInMultiLineFields(String text) {
        assertTrue(CleanTextValidator.isClean(text, true), text);
        assertFalse(CleanTextValidator.isClean(text, false), text);
    }
}
