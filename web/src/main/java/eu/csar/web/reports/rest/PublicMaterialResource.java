package eu.csar.web.reports.rest;

import eu.csar.reports.application.RemovalChecks;
import eu.csar.security.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
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
import java.util.Map;

/**
 * The removal checks of reported public material (issue 11 §4) for centre reviewers, admins and
 * auditors: the public URLs that were still online when their checks ended, for someone to follow up.
 */
@Tag(name = "Review desk", description = "Centre reviewers: claim a report and decide to forward it (Art 48)")
@APIResponse(responseCode = "default", description = "RFC 9457 problem",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@RequestScoped
@Path("v1/review/public-material")
@Produces(MediaType.APPLICATION_JSON)
public class PublicMaterialResource {

    @Inject
    RemovalChecks checks;

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR})
    @GET
    @Path("still-online")
    @Operation(summary = "Public URLs of forwarded reports still online when their removal checks ended "
            + "(report.removal-check-until after the decision), the earliest end first; at most 500")
    public Map<String, List<RemovalChecks.StillOnline>> stillOnline() {
        return Map.of("items", checks.stillOnline());
    }
}
