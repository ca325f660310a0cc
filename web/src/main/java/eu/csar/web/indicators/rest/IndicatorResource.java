package eu.csar.web.indicators.rest;

import eu.csar.indicators.api.IndicatorId;
import eu.csar.indicators.application.IndicatorCatalog;
import eu.csar.security.api.Roles;
import eu.csar.web.platform.rest.Inputs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One indicator with its provenance and history: EU Centre staff any; a Coordinating Authority
 * those its Member States' submissions named; anything else 404.
 */
@Tag(name = "Indicators", description = "The EU Centre's indicator database (Art 44)")
@APIResponse(responseCode = "default", description = "RFC 9457 problem",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@RequestScoped
@Path("v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    @Inject
    IndicatorCatalog catalog;

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY})
    @GET
    @Path("{id}")
    @Operation(summary = "Read one indicator with its provenance links and history; 404 outside the caller's tenancy")
    public IndicatorDto open(@PathParam("id") String id) {
        return IndicatorDto.of(catalog.detail(new IndicatorId(Inputs.uuid(id, "id"))));
    }
}
