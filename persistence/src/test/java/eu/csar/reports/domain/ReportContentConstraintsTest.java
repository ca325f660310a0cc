package eu.csar.reports.domain;

import eu.csar.reports.api.EvidenceKind;
import eu.csar.reports.api.ReportType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Bean Validation constraints of a report's content and evidence items, with a real provider; what partners read in a 400. */
class ReportContentConstraintsTest {

    static ValidatorFactory factory;
    static Validator validator;

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

    static Map<String, String> violations(Object o) {
        return validator.validate(o).stream().collect(Collectors.toMap(v -> v.getPropertyPath().toString(),
                ConstraintViolation::getMessage, (a, b) -> a + "; " + b));
    }

    @Test
    void theFixtureIsValid() {
        assertEquals(Map.of(), violations(ReportFixtures.content()));
        ReportFixtures.items().forEach(i -> assertEquals(Map.of(), violations(i)));
    }

    @Test
    void requiredPartsAreNamedWithWhatToSend() {
        ReportContent empty = new ReportContent(null, null, null, null, null, null, null, null, null, null, " ");
        Map<String, String> found = violations(empty);
        assertEquals("KNOWN, NEW or GROOMING", found.get("type"));
        assertEquals("the report's time stamp (ISO 8601 UTC)", found.get("timestamp"));
        assertEquals("say whether it was also reported to a third-country authority", found.get("reportedToThirdCountry"));
        assertEquals("say whether the material was removed or disabled", found.get("removedOrDisabled"));
        assertEquals("say whether the report is urgent (imminent threat to a child)", found.get("urgent"));
        assertEquals("the legal basis the report rests on", found.get("legalBasis"));
        assertEquals(6, found.size(), found.toString());
    }

    @Test
    void locationIdentifiersAndThirdCountryAreChecked() {
        ReportContent c = new ReportContent(ReportType.NEW, ReportFixtures.T0, null, null,
                new ReportLocation("not an address", 70000, null, "nl"), Arrays.asList("ok", null, "a\u0000b"), false, "NCMEC-1",
                false, false, "Art 12(1)");
        Map<String, String> found = violations(c);
        assertEquals("must be an IPv4 (dotted) or IPv6 address", found.get("location.ipAddress"));
        assertEquals("a port is from 0 to 65535", found.get("location.port"));
        assertEquals("must be an ISO 3166 alpha-2 country code in capitals, e.g. NL", found.get("location.country"));
        assertEquals("a third-country reference needs reportedToThirdCountry true", found.get("thirdCountryConsistent"));
        assertEquals(true, found.containsKey("userIdentifiers[1].<list element>"), found.toString());
        assertEquals(true, found.containsKey("userIdentifiers[2].<list element>"), found.toString());
    }

    @Test
    void timesOutsideRealDatesAreRefused() {
        ReportContent far = new ReportContent(ReportType.NEW, java.time.Instant.parse("+100000-01-01T00:00:00Z"), null, null, null,
                null, false, null, false, false, "Art 12(1)");
        assertEquals(Map.of("timesInRange", "times lie between 1970-01-01 and 9999-12-31 (UTC)"), violations(far));
        ReportContent early = new ReportContent(ReportType.NEW, ReportContent.EARLIEST, null, null,
                new ReportLocation("192.0.2.1", null, ReportContent.EARLIEST.minusSeconds(1), null), null, false, null, false,
                false, "Art 12(1)");
        assertEquals(Map.of("timesInRange", "times lie between 1970-01-01 and 9999-12-31 (UTC)"), violations(early));
        ReportContent edges = new ReportContent(ReportType.NEW, ReportContent.LATEST, null, null,
                new ReportLocation("192.0.2.1", null, ReportContent.EARLIEST, null), null, false, null, false, false, "Art 12(1)");
        assertEquals(Map.of(), violations(edges));
    }

    @Test
    void anItemNamesItsKindAndValue() {
        assertEquals(Map.of(), violations(new EvidenceInput(EvidenceKind.MD5, "xyz", null)), "the hash is checked when attached");
        assertEquals("malformed MD5 hash: expected 32 hexadecimal digits", new EvidenceInput(EvidenceKind.MD5, "xyz", null).refusal());
        assertEquals(Map.of("kind", "PDQ, MD5 or SHA256", "value", "the hash in hexadecimal digits"),
                violations(new EvidenceInput(null, null, null)));
    }
}
