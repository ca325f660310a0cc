package eu.csar.web.indicators.rest;

import eu.csar.indicators.application.IndicatorMatching;
import eu.csar.security.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Match as a service (Art 10, 50) for providers with a live grant: a batch of up to 1,000 hashes
 * in, the matching indicators per hash out. A read, so no {@code Idempotency-Key}: repeating it is
 * harmless (it counts again). 400 names the first bad line and records nothing; 429 with
 * {@code Retry-After} when the provider's rate on this node is used up.
 */
@Tag(name = "Indicator matching", description = "Match hashes against the indicator sets the provider holds a live grant for")
@APIResponse(responseCode = "default", description = "RFC 9457 problem",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@RequestScoped
@Path("v1/indicators/match")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IndicatorMatchResource {

    @Inject
    IndicatorMatching matching;

    @RolesAllowed(Roles.PROVIDER)
    @POST
    @Operation(summary = "Match up to 1,000 hashes (PDQ, MD5, SHA256)")
    @APIResponse(responseCode = "200", description = "Per hash, the matching indicators")
    @APIResponse(responseCode = "429", description = "Rate limit of this provider reached; see Retry-After")
    public MatchResponseDto match(MatchRequestDto request) {
        MatchRequestDto body = request == null ? new MatchRequestDto() : request;
        return MatchResponseDto.of(matching.match(body.queries()));
    }
}
