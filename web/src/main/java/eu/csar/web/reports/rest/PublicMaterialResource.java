package eu.csar.web.reports.rest;

import eu.csar.reports.api.PublicMaterialState;
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
 * auditors: every watched public URL, paged and filtered by state, and the URLs that were still online
 * when their checks ended, for someone to follow up; both searchable by a part of the URL and by report
 * (an unreadable report id or state, an over-long URL part, a page out of range: 400 naming the parameter).
 */
@Tag(name = "Review desk", description = "Centre reviewers: claim a report and decide to forward it (Art 48)")
@APIResponse(responseCode = "default", description = "RFC 9457 problem",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@RequestScoped
@Path("v1/review/public-material")
@Produces(MediaType.APPLICATION_JSON)
public class PublicMaterialResource {

    /** The page size when none is asked for, as the portal's list. */
    static final int DEFAULT_SIZE = 25;
    /** The largest page, as the portal's list and {@link RemovalChecks#list}. */
    static final int MAX_SIZE = 100;

    @Inject
    RemovalChecks checks;

    /** One page of the watched URLs, with the total, so that a client can page without guessing. */
    public record WatchedList(List<RemovalChecks.Watched> items, long total, int page, int size) {
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR})
    @GET
    @Operation(summary = "Every watched public URL of forwarded reports, paged (page from 0, size 1-100, default 25): "
            + "in state (STILL_ONLINE, CHECKING, REMOVED, NOT_CHECKABLE; default all, still online first, then checking, removed, "
            + "not checkable), within a state the earliest end of checking first; narrowed by url and report as the still-online list")
    public WatchedList list(
            @Parameter(description = "STILL_ONLINE, CHECKING, REMOVED or NOT_CHECKABLE (any case); default all") @QueryParam("state") String state,
            @Parameter(description = "a part of the URL, ignoring case, at most 2,000 characters") @QueryParam("url") String url,
            @Parameter(description = "the report's id (UUID)") @QueryParam("report") String report,
            @Parameter(description = "the page, from 0") @QueryParam("page") String page,
            @Parameter(description = "the page size, 1-100, default 25") @QueryParam("size") String size) {
        PublicMaterialState inState = Inputs.enumOrNull(PublicMaterialState.class, state, "state");
        ReportId reportId = reportId(report);
        int p = Inputs.integer(page, 0, "page");
        int n = Inputs.integer(size, DEFAULT_SIZE, "size");
        RemovalChecks.WatchedPage found = checks.list(inState, url, reportId, Inputs.firstRow(p, n, MAX_SIZE), n);
        return new WatchedList(found.items(), found.total(), p, n);
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR})
    @GET
    @Path("still-online")
    @Operation(summary = "Public URLs of forwarded reports still online when their removal checks ended "
            + "(report.removal-check-until after the decision), the earliest end first; at most 500; narrowed by "
            + "url (a part of the URL, ignoring case; % and _ match themselves; at most 2,000 characters) and report (its id)")
    public Map<String, List<RemovalChecks.StillOnline>> stillOnline(
            @Parameter(description = "a part of the URL, ignoring case, at most 2,000 characters") @QueryParam("url") String url,
            @Parameter(description = "the report's id (UUID)") @QueryParam("report") String report) {
        return Map.of("items", checks.stillOnline(url, reportId(report)));
    }

    private static ReportId reportId(String report) {
        return report == null || report.isBlank() ? null : new ReportId(Inputs.uuid(report.strip(), "report"));
    }
}
