package eu.csar.web.orders.rest;

import eu.csar.orders.application.DsaStatementBatch;
import eu.csar.orders.application.DsaStatementRules;
import eu.csar.orders.application.DsaStatements;
import eu.csar.security.api.Roles;
import eu.csar.web.platform.rest.Inputs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * A provider's removals under removal orders as DSA statements of reasons (issue 13 §2; Art 17 and
 * 24(5) of Regulation (EU) 2022/2065). The body of every answer is one submission exactly as the DSA
 * Transparency Database takes it ({@code POST /api/v1/statements}: {@code {"statements":[...]}}, at
 * most 100), so a provider posts it on unchanged; where the export continues is in the headers
 * ({@code Link: <...>; rel="next"}, {@code X-Total-Count}). Providers only, their own removals only
 * (another provider's are not included; its order is 404 at {@code /api/v1/removal-orders/{id}/dsa-statements}),
 * any other role 403.
 */
@Tag(name = "DSA statements of reasons", description = "Removals under removal orders as DSA Transparency Database "
        + "statements of reasons (Art 17 DSA): one event, two obligations")
@APIResponse(responseCode = "default", description = "RFC 9457 problem",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@RequestScoped
@Path("v1/dsa-statements")
@Produces(MediaType.APPLICATION_JSON)
public class DsaStatementResource {

    static final String TOTAL = "X-Total-Count";

    @Inject
    DsaStatements statements;

    @Context
    UriInfo uriInfo;

    @RolesAllowed(Roles.PROVIDER)
    @GET
    @Operation(summary = "The caller's removals executed from 'from' to 'to' (YYYY-MM-DD, UTC, both included; default: "
            + "the last 30 days to today) as one batch of statements of reasons (page from 0, size 1-100, default 100), "
            + "oldest execution first; the puid of a statement is the same in every export")
    @APIResponse(responseCode = "200", description = "One submission for POST /api/v1/statements of the DSA database")
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") String page,
                           @QueryParam("size") String size) {
        LocalDate start = date(from, "from");
        LocalDate end = date(to, "to");
        int p = Inputs.integer(page, 0, "page");
        int s = Inputs.integer(size, DsaStatementRules.MAX_BATCH, "size");
        Inputs.firstRow(p, s, DsaStatementRules.MAX_BATCH);
        return batch(uriInfo, statements.export(start, end, p, s));
    }

    /** The batch as the DSA database's body; the next page's link and the total in the headers. */
    static Response batch(UriInfo uriInfo, DsaStatementBatch batch) {
        Response.ResponseBuilder ok = Response.ok(new Submission(batch.statements())).header(TOTAL, batch.total());
        if (batch.more()) {
            ok.link(uriInfo.getRequestUriBuilder().replaceQueryParam("page", batch.page() + 1).build(), "next");
        }
        return ok.build();
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw Inputs.invalid(field, Inputs.quoted(value) + " is not a date (YYYY-MM-DD)");
        }
    }

    /** The DSA database's multiple-submission body. */
    public record Submission(List<Map<String, Object>> statements) {
    }
}
