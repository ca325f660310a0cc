package eu.csar.shared.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Phone numbers valid in international form by the numbering plans libphonenumber carries (offline). */
class PhoneNumberValidatorTest {

    @ParameterizedTest
    @ValueSource(strings = {"+31 20 555 0100", "+1 202 555 0103", "+33 1 55 50 01 04", "+353 1 555 0103", "+49 (30) 555-0102",
            "+358 9 555 0199", "+44 20 7946 0958", "+31/10/5550105"})
    void validInternationalNumbersAreAccepted(String number) {
        assertTrue(PhoneNumberValidator.isPhoneNumber(number), number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"020 555 0100", "+1 555 0103", "+33 1 555 0104", "+31 20", "+31 20 555 0100 ext. 5", "call us",
            "++31 20 555 0100", "+99 123 456 789", "+31 20 555 0100\u0000", "+31 20 555 0100\u200B", "+1111111111111111111111111111111111111111"})
    void localInvalidOrDecoratedNumbersAreRefused(String number) {
        assertFalse(PhoneNumberValidator.isPhoneNumber(number), number);
    }
}
