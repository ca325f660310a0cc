package eu.csar.web.platform.rest;

import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.TransactionFailures;
import eu.csar.shared.domain.UnknownObjectException;
import eu.csar.vault.api.ContentTooLargeException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonGenerationException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import java.util.Comparator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns whatever a service threw into the problem the partner sees. Known domain and input errors
 * say exactly what is wrong; a write that lost to a concurrent one is a 409 (recognised anywhere in
 * the cause chain, also when it surfaced only at commit), a taken unique value a 409 duplicate;
 * anything else becomes a 500 with an incident id that is logged with the stack trace, and no
 * internals in the response. The container's and the JAX-RS runtime's own errors get this
 * platform's texts, never the runtime's message codes.
 */
public final class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class.getName());

    private Problems() {
    }

    public static Problem of(Throwable thrown) {
        Throwable t = unwrap(thrown);
        if (t instanceof ConstraintViolationException cve) {
            Problem problem = new Problem(ProblemType.VALIDATION_FAILED, "See violations for the fields to correct");
            cve.getConstraintViolations().stream()
                    .sorted(Comparator.comparing(ViolationPaths::fieldOf))
                    .forEach(v -> problem.with(new Problem.Violation(ViolationPaths.fieldOf(v), v.getMessage())));
            return problem;
        }
        if (t instanceof RuleViolationException rule) {
            return ruleProblem(rule);
        }
        if (t instanceof UnknownObjectException unknown) {
            return new Problem(ProblemType.NOT_FOUND, unknown.objectType() + " " + unknown.objectId() + " does not exist or is not yours to see");
        }
        if (t instanceof IdempotencyKeyReused reused) {
            return new Problem(ProblemType.IDEMPOTENCY_KEY_REUSED, reused.getMessage());
        }
        if (t instanceof BodyRefused refused) {
            return new Problem(refused.type(), refused.getMessage());
        }
        if (t instanceof ContentTooLargeException tooLarge) {
            return new Problem(ProblemType.CONTENT_TOO_LARGE, tooLarge.getMessage());
        }
        if (t instanceof IdempotencyKeyInvalid invalid) {
            return new Problem(ProblemType.IDEMPOTENCY_KEY_INVALID, invalid.getMessage());
        }
        if (t instanceof EJBAccessException) {
            return new Problem(ProblemType.FORBIDDEN, "Your role does not allow this action");
        }
        switch (TransactionFailures.classify(thrown)) {
            case LOST_UPDATE -> {
                return new Problem(ProblemType.STALE_VERSION, "Someone else changed this object meanwhile; read it again and retry");
            }
            case DUPLICATE -> {
                return new Problem(ProblemType.DUPLICATE, "An object with these unique values already exists");
            }
            default -> {
                // not a conflict: go on
            }
        }
        if (t instanceof NotFoundException) {
            return new Problem(ProblemType.NOT_FOUND, "There is no resource at this path");
        }
        if (t instanceof NotAllowedException) {
            return new Problem(ProblemType.METHOD_NOT_ALLOWED, "This resource does not support the method; see the Allow header");
        }
        if (t instanceof NotSupportedException) {
            return new Problem(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json");
        }
        if (t instanceof NotAcceptableException) {
            return new Problem(ProblemType.NOT_ACCEPTABLE, "This resource answers application/json (errors: application/problem+json)");
        }
        if (isMalformedBody(thrown)) {
            return new Problem(ProblemType.MALFORMED_REQUEST, "The body is not valid JSON of the expected shape");
        }
        if (t instanceof WebApplicationException wae) {
            return forStatus(wae.getResponse().getStatus());
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident, thrown);
        return new Problem(ProblemType.INTERNAL_ERROR, "Incident " + incident + " was logged; quote it when you contact the EU Centre");
    }

    public static boolean isForbidden(Throwable thrown) {
        return unwrap(thrown) instanceof EJBAccessException;
    }

    private static Problem ruleProblem(RuleViolationException rule) {
        ProblemType type = switch (rule.code()) {
            case DUPLICATE, NOT_PERMITTED_IN_STATE -> ProblemType.CONFLICT;
            case STALE_VERSION -> ProblemType.STALE_VERSION;
            case INVALID -> ProblemType.VALIDATION_FAILED;
        };
        Problem problem = new Problem(type, rule.getMessage());
        return rule.field() == null ? problem : problem.with(new Problem.Violation(rule.field(), rule.getMessage()));
    }

    /** Another status the runtime chose: the type's own title as the detail, never the runtime's message. */
    private static Problem forStatus(int status) {
        for (ProblemType type : ProblemType.values()) {
            if (type.status() == status && type != ProblemType.STALE_VERSION && type != ProblemType.DUPLICATE
                    && !type.name().startsWith("IDEMPOTENCY_KEY")) {
                return new Problem(type, type.title());
            }
        }
        Problem problem = new Problem(status < 500 ? ProblemType.REQUEST_REFUSED : ProblemType.INTERNAL_ERROR,
                status < 500 ? "The request was refused" : "The request could not be completed");
        problem.status = status;
        return problem;
    }

    /** EJB system exceptions wrap the cause that matters; access refusals are EJBExceptions themselves. */
    private static Throwable unwrap(Throwable thrown) {
        Throwable t = thrown;
        while (t instanceof EJBException && !(t instanceof EJBAccessException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static boolean isMalformedBody(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            // JSON-P's reader of a JsonObject parameter throws a bare JsonException for a body it cannot
            // even start (an empty one); only writing JSON (JsonGenerationException) is the server's fault.
            boolean unreadableJson = t instanceof JsonException && !(t instanceof JsonGenerationException);
            if (t instanceof JsonbException || unreadableJson || t instanceof ProcessingException
                    || t instanceof BadRequestException) {
                return true;
            }
        }
        return false;
    }
}
