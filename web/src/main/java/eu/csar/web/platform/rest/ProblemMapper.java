package eu.csar.web.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every error of the REST API leaves as an RFC 9457 problem. */
@Provider
public class ProblemMapper extends ProblemResponder implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable thrown) {
        return respond(thrown);
    }
}
