package eu.csar.shared.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An e-mail address as a careful clerk checks it, without sending mail. */
class EmailAddressValidatorTest {

    @ParameterizedTest
    @ValueSource(strings = {"csa@example.org", "first.last+csa@mail.example.co.uk", "a@b.eu", "o'brien@x-1.example.ie",
            "CSA@Example.ORG", "x@123.example.com"})
    void addressesWithAValidDomainAreAccepted(String address) {
        assertTrue(EmailAddressValidator.isEmailAddress(address), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b", "not-an-email", "@example.org", "a@", "a@@example.org", "a@-example.org", "a@example-.org",
            "a@example.o", "a@example.123", "a@example..org", "a@.example.org", "a@example.org.", ".a@example.org", "a.@example.org",
            "a..b@example.org", "a b@example.org", "a@exa mple.org", "a@exa_mple.org", "a@example.org\u0000", "a\u202E@example.org"})
    void addressesAClerkWouldQueryAreRefused(String address) {
        assertFalse(EmailAddressValidator.isEmailAddress(address), address);
    }

    @Test
    void lengthsFollowTheMailStandard() {
        assertTrue(EmailAddressValidator.isEmailAddress("l".repeat(64) + "@example.org"));
        assertFalse(EmailAddressValidator.isEmailAddress("l".repeat(65) + "@example.org"), "local part over 64");
        assertFalse(EmailAddressValidator.isEmailAddress("a@" + "d".repeat(64) + ".org"), "label over 63");
        String longDomain = ("d".repeat(60) + ".").repeat(4) + "org";
        assertFalse(EmailAddressValidator.isEmailAddress("a".repeat(10) + "@" + longDomain), "over 254 in all");
    }
}
