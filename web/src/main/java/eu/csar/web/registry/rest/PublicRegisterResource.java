package eu.csar.web.registry.rest;

import eu.csar.registry.application.PublicRegister;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The public register of points of contact and legal representatives, open to anyone (Art 23(3), 24(5)). */
@Tag(name = "Public register", description = "Points of contact and legal representatives, no login")
@APIResponse(responseCode = "default", description = "RFC 9457 problem",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@Path("public/register")
@Produces(MediaType.APPLICATION_JSON)
public class PublicRegisterResource {

    @Inject
    PublicRegister register;

    @PermitAll
    @GET
    @Operation(summary = "The public register (no authentication)")
    public List<PublicRegister.Entry> entries() {
        return register.entries();
    }
}
