package eu.csar.web.reports.rest;

import eu.csar.reports.api.ReportId;
import eu.csar.reports.application.RemovalChecks;
import eu.csar.security.api.Roles;
import eu.csar.web.platform.rest.Inputs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/**
 * The removal checks of reported public material (issue 11 §4) for centre reviewers, admins and
 * auditors: the public URLs that were still online when their checks ended, for someone to follow up,
 * searchable by a part of the URL and by report (an unreadable report id or an over-long URL part: 400
 * naming the parameter).
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
            + "(report.removal-check-until after the decision), the earliest end first; at most 500; narrowed by "
            + "url (a part of the URL, ignoring case; % and _ match themselves; at most 2,000 characters) and report (its id)")
    public Map<String, List<RemovalChecks.StillOnline>> stillOnline(
            @Parameter(description = "a part of the URL, ignoring case, at most 2,000 characters") @QueryParam("url") String url,
            @Parameter(description = "the report's id (UUID)") @QueryParam("report") String report) {
        ReportId reportId = report == null || report.isBlank() ? null : new ReportId(Inputs.uuid(report.strip(), "report"));
        return Map.of("items", checks.stillOnline(url, reportId));
    }
}
