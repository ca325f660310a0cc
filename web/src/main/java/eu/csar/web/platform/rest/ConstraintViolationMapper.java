package eu.csar.web.platform.rest;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Invalid input as a problem with named fields. Needed beside {@link ProblemMapper} because
 * RESTEasy ships its own mapper for this exception type, which is more specific than Throwable;
 * an application mapper for the same type takes precedence over the built-in one.
 */
@Provider
public class ConstraintViolationMapper extends ProblemResponder implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException thrown) {
        return respond(thrown);
    }
}
