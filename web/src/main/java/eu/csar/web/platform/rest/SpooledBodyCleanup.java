package eu.csar.web.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;

/**
 * Removes a keyed request's {@link SpooledBody} once the answer is on its way, whatever became of the
 * write (also a refusal or a replay). Not bound by {@link Idempotent}: that annotation is also the
 * CDI binding of {@link IdempotencyInterceptor}, which would then run this filter as a second write.
 */
@Provider
public class SpooledBodyCleanup implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (request.getProperty(IdempotencyKeyFilter.SPOOL_PROPERTY) instanceof SpooledBody body) {
            body.close();
        }
    }
}
