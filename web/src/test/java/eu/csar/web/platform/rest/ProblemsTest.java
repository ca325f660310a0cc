package eu.csar.web.platform.rest;

import eu.csar.registry.domain.ContactPoint;
import eu.csar.registry.domain.ProviderProfile;
import eu.csar.registry.domain.ServiceType;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import eu.csar.vault.api.ContentTooLargeException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.ws.rs.ProcessingException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProblemsTest {

    static final Validator VALIDATOR;

    static {
        Locale.setDefault(Locale.ENGLISH);
        VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    }

    /** Stands in for a service method with a validated parameter, as the EJB container validates it. */
    public static class Service {
        public void register(@Valid ProviderProfile profile) {
        }
    }

    static ConstraintViolationException methodViolations(ProviderProfile profile) throws NoSuchMethodException {
        var violations = VALIDATOR.forExecutables().validateParameters(new Service(),
                Service.class.getMethod("register", ProviderProfile.class), new Object[]{profile});
        return new ConstraintViolationException(violations);
    }

    @Test
    void violationsNameTheFieldsAsThePartnerSentThemWithoutMethodOrParameter() throws Exception {
        ProviderProfile profile = new ProviderProfile("", Set.of(ServiceType.HOSTING), List.of(), null, null,
                new ContactPoint("not-an-email", "+31 20 555 0000", List.of("en", "english")), null);
        Problem problem = Problems.of(methodViolations(profile));
        assertEquals(400, problem.status);
        assertEquals("urn:eu:csar:problem:validation-failed", problem.type);
        List<String> fields = problem.violations.stream().map(v -> v.field).toList();
        assertTrue(fields.contains("legalName"), fields::toString);
        assertTrue(fields.contains("contactPoint.email"), fields::toString);
        assertTrue(fields.contains("contactPoint.languages[1]"), fields::toString);
        assertTrue(fields.contains("legalRepresentativeGivenWhenNotEstablished"), fields::toString);
    }

    @Test
    void aRuleViolationWrappedByTheContainerStillNamesItsField() {
        Problem problem = Problems.of(new EJBException(new RuleViolationException(RuleViolationException.Code.DUPLICATE, "legalName", "taken")));
        assertEquals(409, problem.status);
        assertEquals("legalName", problem.violations.get(0).field);
    }

    @Test
    void aRefusedBodyIsA415OrA413WithItsDetail() {
        Problem type = Problems.of(BodyRefused.unsupportedMediaType("Send one of image/png"));
        assertEquals(415, type.status);
        assertEquals("urn:eu:csar:problem:unsupported-media-type", type.type);
        assertEquals("Send one of image/png", type.detail);
        Problem size = Problems.of(new EJBException(BodyRefused.tooLarge("At most 20 MiB")));
        assertEquals(413, size.status);
        assertEquals("urn:eu:csar:problem:content-too-large", size.type);
        assertEquals("The request body is too large", size.title);
        assertEquals("At most 20 MiB", size.detail);
        Problem streamed = Problems.of(new ContentTooLargeException(3L * 1024 * 1024));
        assertEquals(413, streamed.status);
        assertEquals("urn:eu:csar:problem:content-too-large", streamed.type);
        assertEquals("A content item is at most 3145728 bytes (3 MiB)", streamed.detail);
    }

    @Test
    void anUnknownObjectIsANotFoundThatRevealsNothingMore() {
        Problem problem = Problems.of(new UnknownObjectException("Provider", "42"));
        assertEquals(404, problem.status);
        assertEquals("urn:eu:csar:problem:not-found", problem.type);
    }

    @Test
    void aRoleRefusalIsForbiddenAndRecognisedForAuditing() {
        EJBAccessException refused = new EJBAccessException("WFLYEJB0364");
        assertEquals(403, Problems.of(refused).status);
        assertTrue(Problems.isForbidden(refused));
        assertFalse(Problems.isForbidden(new IllegalStateException()));
    }

    @Test
    void aBodyJsonPCannotStartReadingIsABadRequestButWritingJsonIsTheServersFault() {
        assertEquals(400, Problems.of(new jakarta.json.JsonException("Cannot auto-detect encoding, not enough chars")).status);
        assertEquals(500, Problems.of(new jakarta.json.stream.JsonGenerationException("value after the end")).status);
    }

    @Test
    void malformedJsonIsABadRequestNotAServerError() {
        Problem problem = Problems.of(new ProcessingException(new JsonbException("Unexpected char")));
        assertEquals(400, problem.status);
        assertEquals("urn:eu:csar:problem:malformed-request", problem.type);
    }

    @Test
    void anythingElseIsAnIncidentWithoutInternals() {
        Problem problem = Problems.of(new IllegalStateException("database password is hunter2"));
        assertEquals(500, problem.status);
        assertFalse(problem.detail.contains("hunter2"));
        assertTrue(problem.detail.startsWith("Incident "));
    }

    @Test
    void aLostUpdateAnywhereInTheChainIsAStaleVersionAndADuplicateAConflict() {
        Throwable atCommit = new jakarta.ejb.EJBTransactionRolledbackException("commit",
                new jakarta.transaction.RollbackException("ARJUNA016053"));
        assertEquals("urn:eu:csar:problem:stale-version", Problems.of(atCommit).type);
        assertEquals(409, Problems.of(atCommit).status);
        Throwable unique = new jakarta.ejb.EJBException(new jakarta.persistence.PersistenceException(
                new java.sql.SQLException("duplicate key", "23505")));
        assertEquals("urn:eu:csar:problem:duplicate", Problems.of(unique).type);
    }
}
