package eu.csar.registry.domain;

import eu.csar.shared.domain.MemberState;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The constraints a profile is validated against before the registry takes it (the forms and the
 * partner APIs show these violations): checked with a real Bean Validation provider, cascading into
 * the contact point, the legal representative and the offered services. Messages in English.
 */
class ProviderProfileConstraintsTest {

    static ValidatorFactory factory;
    static Validator validator;

    static final ContactPoint CONTACT = new ContactPoint("csa@example.org", "+31 20 555 0000", List.of("nl", "en"));
    static final LegalRepresentative REP = new LegalRepresentative("Rep Ltd", "1 Quay, Dublin", "rep@example.org",
            "+353 1 555 0000", MemberState.IE);
    static final OfferedService SERVICE = new OfferedService("ExampleDrive", ServiceType.HOSTING, "file hosting", Set.of(MemberState.NL));

    @BeforeAll
    static void startValidator() {
        factory = Validation.byProvider(HibernateValidator.class).configure()
                .defaultLocale(Locale.ENGLISH).locales(Locale.ENGLISH).buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stopValidator() {
        factory.close();
    }

    static ProviderProfile profile(List<OfferedService> services, MemberState establishment, LegalRepresentative rep,
                                   ContactPoint contact) {
        return new ProviderProfile("Example Hosting", Set.of(ServiceType.HOSTING), services, establishment, rep, contact, null);
    }

    static ProviderProfile withContact(ContactPoint contact) {
        return profile(List.of(SERVICE), MemberState.NL, null, contact);
    }

    /** Property path to message, sorted, so that a test names exactly the violations it expects. */
    static Map<String, String> violations(Object value) {
        Map<String, String> found = new TreeMap<>();
        for (ConstraintViolation<Object> v : validator.validate(value)) {
            found.merge(v.getPropertyPath().toString(), v.getMessage(), (a, b) -> a + " / " + b);
        }
        return found;
    }

    @Test
    void aCompleteProfileIsValid() {
        assertEquals(Map.of(), violations(profile(List.of(SERVICE), MemberState.NL, REP, CONTACT)));
        assertEquals(Map.of(), violations(profile(List.of(), null, REP, CONTACT)), "a representative stands in for the establishment");
    }

    @Test
    void phoneNumbersValidInInternationalFormAreAccepted() {
        for (String phone : new String[]{"+31 20 555 0000", "+1 202 555 0103", "+33 1 55 50 01 04", "+353/1/5550000", "+49 (30) 555-0102"}) {
            assertEquals(Map.of(), violations(withContact(new ContactPoint("a@example.org", phone, List.of("en")))), phone);
        }
    }

    @Test
    void aPhoneNumberInLocalFormWithLettersOrNotInTheNumberingPlanIsRefusedWithTheHouseMessage() {
        for (String phone : new String[]{"call us", "+31 20 555 0000 ext. 5", "12345", "+31", "1".repeat(41), "++31 20 555 0000",
                "020-555 0000", "+1 555 0103", "+" + "1".repeat(40)}) {
            assertEquals(Map.of("contactPoint.phone", "must be a valid phone number in international form, e.g. +31 20 555 0101"),
                    violations(withContact(new ContactPoint("a@example.org", phone, List.of("en")))), phone);
        }
    }

    @Test
    void theContactAddressMustBeAnEmailAddress() {
        assertEquals(Set.of("contactPoint.email"),
                violations(withContact(new ContactPoint("not-an-email", "+31 20 555 0000", List.of("en")))).keySet());
        assertEquals(Set.of("contactPoint.email"),
                violations(withContact(new ContactPoint(" ", "+31 20 555 0000", List.of("en")))).keySet());
        assertEquals(Set.of("contactPoint.email"),
                violations(withContact(new ContactPoint("a".repeat(250) + "@x.eu", "+31 20 555 0000", List.of("en")))).keySet());
        assertEquals(Set.of("contactPoint.email"),
                violations(withContact(new ContactPoint("a@b", "+31 20 555 0000", List.of("en")))).keySet(), "a domain without a dot");
    }

    @Test
    void languagesAreTwoLetterLowerCaseCodesAndAtLeastOneIsNamed() {
        Map<String, String> found = violations(withContact(new ContactPoint("a@example.org", "+31 20 555 0000",
                List.of("nl", "EN", "eng", "e"))));
        assertEquals(Set.of("contactPoint.languages[1].<list element>", "contactPoint.languages[2].<list element>",
                "contactPoint.languages[3].<list element>"), found.keySet());
        assertEquals("must be two-letter ISO 639-1 language codes, e.g. en", found.get("contactPoint.languages[1].<list element>"));
        assertEquals(Set.of("contactPoint.languages"),
                violations(withContact(new ContactPoint("a@example.org", "+31 20 555 0000", List.of()))).keySet());
    }

    @Test
    void aMissingLanguageOrMoreLanguagesThanTheColumnHoldsAreNamedInsteadOfFailingInTheDatabase() {
        List<String> withNull = new ArrayList<>(List.of("en"));
        withNull.add(null);
        assertEquals(Map.of("contactPoint.languages[1].<list element>", "is required"),
                violations(withContact(new ContactPoint("a@example.org", "+31 20 555 0000", withNull))));
        List<String> many = Collections.nCopies(ContactPoint.MAX_LANGUAGES + 11, "en");
        assertEquals(Set.of("contactPoint.languages"),
                violations(withContact(new ContactPoint("a@example.org", "+31 20 555 0000", many))).keySet());
        assertEquals(Map.of(), violations(withContact(new ContactPoint("a@example.org", "+31 20 555 0000",
                Collections.nCopies(ContactPoint.MAX_LANGUAGES, "en")))));
        assertTrue(new LanguageListConverter().convertToDatabaseColumn(Collections.nCopies(ContactPoint.MAX_LANGUAGES, "en")).length() <= 100,
                "the column contact_languages is VARCHAR(100)");
    }

    @Test
    void everyFreeTextFieldRefusesControlAndInvisibleCharacters() {
        String nul = "1 Example Street\u0000";
        LegalRepresentative rep = new LegalRepresentative("Rep \u202Eevil", nul, "rep@example.org", "+353 1 555 0000", MemberState.IE);
        OfferedService service = new OfferedService("Zero\u200Bwidth", ServiceType.HOSTING, "lone \uD800 surrogate", Set.of(MemberState.NL));
        ProviderProfile profile = new ProviderProfile("Name\u2066", EnumSet.of(ServiceType.HOSTING), List.of(service), null, rep, CONTACT, null);
        assertEquals(Set.of("legalName", "legalRepresentative.name", "legalRepresentative.address", "services[0].name",
                "services[0].description"), violations(profile).keySet());
        assertEquals("must not contain control characters, invisible characters or text-direction overrides",
                violations(profile).get("legalName"));
    }

    @Test
    void theSigningKeyMustBeAnAcceptedPemPublicKey() {
        ProviderProfile hello = new ProviderProfile("Name", EnumSet.of(ServiceType.HOSTING), List.of(), MemberState.NL, null, CONTACT, "hello");
        assertEquals(Set.of("signingPublicKey"), violations(hello).keySet());
    }

    @Test
    void withoutEstablishmentOrRepresentativeTheProfileIsRefusedCitingArticle24() {
        Map<String, String> found = violations(profile(List.of(), null, null, CONTACT));
        assertEquals(Map.of("legalRepresentativeGivenWhenNotEstablished",
                "a provider without a main establishment in the Union must designate a legal representative (Art 24)"), found);
    }

    @Test
    void aRepresentativeNeedsEveryDetailAValidAddressAndPhoneAndAMemberState() {
        LegalRepresentative incomplete = new LegalRepresentative(" ", "", "rep-at-example", "phone", null);
        assertEquals(Set.of("legalRepresentative.name", "legalRepresentative.address", "legalRepresentative.email",
                        "legalRepresentative.phone", "legalRepresentative.memberState"),
                violations(profile(List.of(), null, incomplete, CONTACT)).keySet());
        LegalRepresentative longName = new LegalRepresentative("n".repeat(201), "a".repeat(501), "rep@example.org",
                "+353 1 555 0000", MemberState.IE);
        assertEquals(Set.of("legalRepresentative.name", "legalRepresentative.address"),
                violations(profile(List.of(), null, longName, CONTACT)).keySet());
    }

    @Test
    void anOfferedServiceNeedsANameATypeAndAMemberStateWhereItIsOffered() {
        OfferedService nowhere = new OfferedService(" ", null, "d".repeat(1001), Set.of());
        assertEquals(Set.of("services[0].name", "services[0].type", "services[0].description", "services[0].offeredIn"),
                violations(profile(List.of(nowhere), MemberState.NL, null, CONTACT)).keySet());
    }

    @Test
    void theProfileNeedsALegalNameAServiceTypeAndAContactPoint() {
        ProviderProfile empty = new ProviderProfile(" ", Set.of(), List.of(), MemberState.NL, null, null, "k".repeat(10001));
        assertEquals(Set.of("legalName", "serviceTypes", "contactPoint", "signingPublicKey"), violations(empty).keySet());
        assertTrue(violations(new ProviderProfile("n".repeat(201), Set.of(ServiceType.HOSTING), List.of(), MemberState.NL,
                null, CONTACT, null)).containsKey("legalName"), "at most 200 characters");
    }
}
