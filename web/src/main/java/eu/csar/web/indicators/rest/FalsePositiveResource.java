package eu.csar.web.indicators.rest;

import eu.csar.indicators.api.IndicatorId;
import eu.csar.indicators.application.FlagView;
import eu.csar.indicators.application.IndicatorFlags;
import eu.csar.security.api.Roles;
import eu.csar.web.platform.rest.Inputs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A provider flags a match as a false positive (the accuracy loop): only for an indicator it could
 * match under a live grant, else 404. The flag lands in the reviewers' queue.
 */
@Tag(name = "Indicator matching", description = "Match hashes against the indicator sets the provider holds a live grant for")
@APIResponse(responseCode = "default", description = "RFC 9457 problem",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@RequestScoped
@Path("v1/indicators/{id}/false-positive")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FalsePositiveResource {

    @Inject
    IndicatorFlags flags;

    @RolesAllowed(Roles.PROVIDER)
    @POST
    @Operation(summary = "Flag a match of this indicator as a false positive")
    @APIResponse(responseCode = "201", description = "The flag was recorded for the reviewers")
    public Response flag(@PathParam("id") String id, Map<String, String> body) {
        FlagView flag = flags.flag(new IndicatorId(Inputs.uuid(id, "id")), body == null ? null : body.get("reason"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", flag.id());
        out.put("indicatorId", flag.indicator().toString());
        out.put("flaggedAt", flag.flaggedAt().toString());
        return Response.status(Response.Status.CREATED).entity(out).build();
    }
}
