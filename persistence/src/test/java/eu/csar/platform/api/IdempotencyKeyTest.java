package eu.csar.platform.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A key is kept and compared exactly as sent, so only plain printable keys of bounded length are taken. */
class IdempotencyKeyTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "3f2c1d9e-6a1b-4c8e-9f0a-1b2c3d4e5f60", "order 42/retry:1", "~!@#$%^&*()_+{}|<>?"})
    void printableKeysAreTaken(String value) {
        assertTrue(IdempotencyKey.problemWith(value).isEmpty(), value);
        assertEquals(value, new IdempotencyKey(value).value());
    }

    @Test
    void aKeyOfTheMaximumLengthIsTakenOneLongerIsNot() {
        assertTrue(IdempotencyKey.problemWith("k".repeat(IdempotencyKey.MAX_LENGTH)).isEmpty());
        assertEquals("The Idempotency-Key header is longer than 255 characters",
                IdempotencyKey.problemWith("k".repeat(IdempotencyKey.MAX_LENGTH + 1)).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tab\there", "nul\u0000", "line\nbreak", "del\u007f", "esc\u001b", "é-accent", "\u00a0nbsp", "emoji\uD83D\uDE00"})
    void controlAndNonAsciiCharactersAreRefused(String value) {
        assertEquals("The Idempotency-Key header may hold printable ASCII characters only",
                IdempotencyKey.problemWith(value).orElseThrow(), value);
        assertThrows(IllegalArgumentException.class, () -> new IdempotencyKey(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {" lead", "trail ", " "})
    void spacesAtEitherEndAreRefused(String value) {
        assertEquals("The Idempotency-Key header may not begin or end with a space", IdempotencyKey.problemWith(value).orElseThrow());
    }

    @Test
    void anEmptyOrMissingKeyIsRefused() {
        assertEquals("The Idempotency-Key header is empty", IdempotencyKey.problemWith("").orElseThrow());
        assertEquals("The Idempotency-Key header is empty", IdempotencyKey.problemWith(null).orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> new IdempotencyKey(""));
    }

    @Test
    void theBoundariesOfPrintableAsciiAreTaken() {
        assertTrue(IdempotencyKey.problemWith("!x~").isEmpty());
        assertTrue(IdempotencyKey.problemWith("a b").isEmpty(), "a space inside is printable");
    }
}
