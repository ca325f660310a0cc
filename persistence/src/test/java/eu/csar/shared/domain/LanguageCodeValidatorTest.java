package eu.csar.shared.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contact languages are ISO 639-1 codes that exist. */
class LanguageCodeValidatorTest {

    private final LanguageCodeValidator validator = new LanguageCodeValidator();

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en", "de", "fr", "ga", "mt", "bg", "el"})
    void isoCodesAreAccepted(String code) {
        assertTrue(validator.isValid(code, null), code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"EN", "eng", "e", "", "xx", "qq", "e\u200Bn", "n\u0000"})
    void anythingElseIsRefused(String code) {
        assertFalse(validator.isValid(code, null), code);
    }
}
