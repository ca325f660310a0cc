package eu.csar.web.platform.rest;

import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import java.util.Comparator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns whatever a service threw into the problem the partner sees. Known domain and input errors
 * say exactly what is wrong; anything else becomes a 500 with an incident id that is logged with
 * the stack trace, and no internals in the response.
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
        if (t instanceof EJBAccessException) {
            return new Problem(ProblemType.FORBIDDEN, "Your role does not allow this action");
        }
        if (t instanceof OptimisticLockException) {
            return new Problem(ProblemType.STALE_VERSION, "Someone else changed this object meanwhile; read it again and retry");
        }
        if (isMalformedBody(thrown)) {
            return new Problem(ProblemType.MALFORMED_REQUEST, "The body is not valid JSON of the expected shape");
        }
        if (t instanceof WebApplicationException wae) {
            return forStatus(wae.getResponse().getStatus(), wae.getMessage());
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

    private static Problem forStatus(int status, String message) {
        for (ProblemType type : ProblemType.values()) {
            if (type.status() == status && type != ProblemType.STALE_VERSION) {
                return new Problem(type, message);
            }
        }
        Problem problem = new Problem(ProblemType.INTERNAL_ERROR, message);
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
            if (t instanceof JsonbException || t instanceof JsonParsingException || t instanceof ProcessingException
                    || t instanceof BadRequestException) {
                return true;
            }
        }
        return false;
    }
}
