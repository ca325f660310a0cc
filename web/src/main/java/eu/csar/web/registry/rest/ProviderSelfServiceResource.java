package eu.csar.web.registry.rest;

import eu.csar.registry.application.ProviderSelfService;
import eu.csar.security.api.Roles;
import eu.csar.web.platform.rest.Inputs;
import eu.csar.web.platform.rest.Idempotent;
import eu.csar.web.platform.rest.IdempotencyKeys;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A provider's own registry entry (Art 23, 24), for its machine client with a client-credentials
 * token: read it, replace the point of contact, designate a legal representative. Both writes are
 * idempotent (PUT of the full value) and answer the updated entry; with an {@code Idempotency-Key} a
 * retry also gets the first answer back, replayed (docs/idempotency.md).
 */
@Tag(name = "Provider self-service", description = "A provider's own registry entry")
@APIResponse(responseCode = "default", description = "RFC 9457 problem",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@RequestScoped
@Path("v1/providers/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProviderSelfServiceResource {

    @Inject
    ProviderSelfService selfService;

    @RolesAllowed(Roles.PROVIDER)
    @GET
    @Operation(summary = "Read the calling provider's registry entry")
    public ProviderDto ownEntry() {
        return ProviderDto.of(selfService.ownEntry());
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.PROVIDER)
    @PUT
    @Path("contact-point")
    @Operation(summary = "Replace the point of contact (Art 23)")
    public ProviderDto changeContactPoint(ContactPointDto contactPoint) {
        return ProviderDto.of(selfService.changeContactPoint(Inputs.requiredBody(contactPoint).toDomain()));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.PROVIDER)
    @PUT
    @Path("legal-representative")
    @Operation(summary = "Designate the legal representative (Art 24)")
    public ProviderDto appointLegalRepresentative(LegalRepresentativeDto representative) {
        return ProviderDto.of(selfService.appointLegalRepresentative(Inputs.requiredBody(representative).toDomain()));
    }
}
