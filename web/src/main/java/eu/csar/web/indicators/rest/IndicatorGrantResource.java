package eu.csar.web.indicators.rest;

import eu.csar.indicators.api.GrantId;
import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.indicators.application.GrantFilter;
import eu.csar.indicators.application.IndicatorGrants;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.ProviderId;
import eu.csar.web.platform.rest.IdempotencyKeys;
import eu.csar.web.platform.rest.Idempotent;
import eu.csar.web.platform.rest.Inputs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Access grants to indicator sets (Art 46), for centre admins: create (with an
 * {@code Idempotency-Key}), list, revoke. A grant is live from {@code validFrom} to
 * {@code validUntil} unless revoked; the legal basis must be one the named legal profile allows.
 */
@Tag(name = "Indicator grants", description = "Which provider may match or download which indicator set, when and why (Art 46)")
@APIResponse(responseCode = "default", description = "RFC 9457 problem",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@RequestScoped
@Path("v1/indicator-grants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IndicatorGrantResource {

    @Inject
    IndicatorGrants grants;

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.CENTRE_ADMIN)
    @POST
    @Operation(summary = "Grant a provider access to an indicator set for a period")
    @APIResponse(responseCode = "201", description = "The grant, with its id")
    public Response create(GrantDto grant) {
        GrantId id = grants.create(Inputs.requiredBody(grant).toNewGrant());
        return Response.created(URI.create("v1/indicator-grants/" + id)).entity(Map.of("id", id.toString())).build();
    }

    @RolesAllowed(Roles.CENTRE_ADMIN)
    @GET
    @Operation(summary = "List grants, newest first, optionally of one provider and/or one set")
    public List<GrantDto> list(@QueryParam("providerId") String providerId, @QueryParam("setId") String setId,
                               @QueryParam("limit") String limit) {
        GrantFilter filter = new GrantFilter(providerId == null ? null : new ProviderId(Inputs.uuid(providerId, "providerId")),
                setId == null ? null : new IndicatorSetId(Inputs.uuid(setId, "setId")), Inputs.integer(limit, 200, "limit"));
        return grants.list(filter).stream().map(GrantDto::of).toList();
    }

    @RolesAllowed(Roles.CENTRE_ADMIN)
    @POST
    @Path("{id}/revoke")
    @Operation(summary = "Revoke a grant now")
    public GrantDto revoke(@PathParam("id") String id, Map<String, String> body) {
        return GrantDto.of(grants.revoke(new GrantId(Inputs.uuid(id, "id")), body == null ? null : body.get("reason")));
    }
}
