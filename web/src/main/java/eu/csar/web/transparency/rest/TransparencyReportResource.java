package eu.csar.web.transparency.rest;

import eu.csar.security.api.Roles;
import eu.csar.transparency.api.ReportKind;
import eu.csar.transparency.application.TransparencyDocuments;
import eu.csar.transparency.application.TransparencyReports;
import eu.csar.transparency.application.TransparencyView;
import eu.csar.web.platform.rest.IdempotencyKeys;
import eu.csar.web.platform.rest.Idempotent;
import eu.csar.web.platform.rest.Inputs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
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

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Transparency reports (Art 83-84) under {@code /api/v1/transparency/reports/{kind}/{scope}/{year}}:
 * kind {@code centre} (scope EU), {@code authority} (scope a Member State's code) or {@code provider}
 * (scope the provider's id). GET the JSON document (newest published version, else the draft;
 * {@code ?version=N}), {@code /csv}, {@code /pdf}; POST {@code /draft} generates the draft from the
 * counters, POST {@code /publication} publishes it (body {note}: required for a correction). A role
 * with no part in the kind 403, another Member State's or provider's report 404, bad input a 400
 * problem naming its field.
 */
@Tag(name = "Transparency", description = "Transparency reports generated from the data (Art 83-84)")
@APIResponse(responseCode = "default", description = "RFC 9457 problem",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@RequestScoped
@Path("v1/transparency/reports/{kind}/{scope}/{year}")
public class TransparencyReportResource {

    @Inject
    TransparencyReports reports;

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY, Roles.PROVIDER})
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The report's JSON document: version, state, profile version, suppression threshold, figures (suppressed "
            + "counts: value null, shown \"< threshold\"), removal times per provider, changes from the previous version")
    public Response document(@PathParam("kind") String kind, @PathParam("scope") String scope, @PathParam("year") String year,
                             @QueryParam("version") String version) {
        return ok(TransparencyJson.of(read(kind, scope, year, version)), MediaType.APPLICATION_JSON);
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY, Roles.PROVIDER})
    @GET
    @Path("csv")
    @Produces("text/csv")
    @Operation(summary = "The report's figures as CSV, small counts suppressed")
    public Response csv(@PathParam("kind") String kind, @PathParam("scope") String scope, @PathParam("year") String year,
                        @QueryParam("version") String version) {
        TransparencyView v = read(kind, scope, year, version);
        return download(TransparencyDocuments.csv(v).getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8", v, "csv");
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY, Roles.PROVIDER})
    @GET
    @Path("pdf")
    @Produces("application/pdf")
    @Operation(summary = "The report as PDF, small counts suppressed")
    public Response pdf(@PathParam("kind") String kind, @PathParam("scope") String scope, @PathParam("year") String year,
                        @QueryParam("version") String version) {
        TransparencyView v = read(kind, scope, year, version);
        return download(TransparencyDocuments.pdf(v), "application/pdf", v, "pdf");
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.COORDINATING_AUTHORITY, Roles.PROVIDER})
    @POST
    @Path("draft")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Generate (or generate again) the draft from the counters (centre admins, the Coordinating Authority of "
            + "the Member State, the provider itself)")
    public Response draft(@PathParam("kind") String kind, @PathParam("scope") String scope, @PathParam("year") String year) {
        return ok(TransparencyJson.of(reports.generate(kind(kind), scope, year(year))), MediaType.APPLICATION_JSON);
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.COORDINATING_AUTHORITY, Roles.PROVIDER})
    @POST
    @Path("publication")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish the draft: immutable from now on; body {note}: what changed, required for a correction (version 2+)")
    public Response publish(@PathParam("kind") String kind, @PathParam("scope") String scope, @PathParam("year") String year,
                            JsonObject body) {
        JsonValue note = body == null ? null : body.get("note");
        String text = note instanceof JsonString s ? s.getString() : null;
        return ok(TransparencyJson.of(reports.publish(kind(kind), scope, year(year), text)), MediaType.APPLICATION_JSON);
    }

    private TransparencyView read(String kind, String scope, String year, String version) {
        Integer v = version == null || version.isBlank() ? null : Inputs.integer(version, 1, "version");
        return reports.report(kind(kind), scope, year(year), v);
    }

    static ReportKind kind(String kind) {
        return Inputs.requiredEnum(ReportKind.class, kind == null ? null : kind.toUpperCase(Locale.ROOT), "kind");
    }

    static int year(String year) {
        return Inputs.integer(year, 0, "year");
    }

    private static Response ok(Object entity, String type) {
        return Response.ok(entity, type).cacheControl(noStore()).build();
    }

    private static Response download(byte[] body, String type, TransparencyView v, String ext) {
        String name = "transparency-" + v.kind().name().toLowerCase(Locale.ROOT) + "-" + v.scope().toLowerCase(Locale.ROOT) + "-"
                + v.year() + "-v" + v.version() + "." + ext;
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .cacheControl(noStore()).build();
    }

    private static CacheControl noStore() {
        CacheControl c = new CacheControl();
        c.setNoStore(true);
        return c;
    }
}
