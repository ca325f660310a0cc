package eu.csar.web.retention.rest;

import eu.csar.legal.api.LegalPeriod;
import eu.csar.reports.api.ReportId;
import eu.csar.retention.api.RetentionCategory;
import eu.csar.retention.api.RetentionExtensionView;
import eu.csar.retention.application.RetentionDesk;
import eu.csar.retention.application.RetentionExtensions;
import eu.csar.security.api.Roles;
import eu.csar.victims.api.VictimCaseId;
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

import java.util.function.BiFunction;


/**
 * Retention (Art 22, 46, 51). Centre staff read the retention report (the executed batches: rule, count,
 * id range, when; and the rules with their Articles); centre admins run the sweep now (the timer runs it
 * every minute); centre admins and the authorities a report was forwarded to extend its retention (legal
 * basis, a period up to the profile's maximum); reviewers confirm a report's personal data are still
 * necessary; a Coordinating Authority extends the retention of its own Member State's victim case. Another role 403, bad input a 400 problem naming its field, an unknown or another Member
 * State's report 404.
 */
@Tag(name = "Retention", description = "Retention rules, the sweep, extensions and the retention report (Art 22, 46, 51)")
@APIResponse(responseCode = "default", description = "RFC 9457 problem",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@RequestScoped
@Path("v1/retention")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RetentionResource {

    @Inject
    RetentionDesk desk;

    @Inject
    RetentionExtensions extensions;

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR})
    @GET
    @Path("batches")
    @Operation(summary = "The retention report (centre staff): executed batches newest first, each with rule, outcome, count, "
            + "id range, time, profile version and Article; filter by category; paged (page from 0, size 1-200)")
    public Response batches(@QueryParam("category") String category, @QueryParam("page") String page, @QueryParam("size") String size) {
        RetentionCategory c = Inputs.enumOrNull(RetentionCategory.class, category, "category");
        int p = Inputs.integer(page, 0, "page");
        int n = Inputs.integer(size, 50, "size");
        Inputs.firstRow(p, n, 200);
        return ok(desk.batches(c, p, n));
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR})
    @GET
    @Path("rules")
    @Operation(summary = "Every retention rule as the current legal profile version gives it (centre staff)")
    public Response rules() {
        return ok(desk.rules());
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.SYSTEM})
    @POST
    @Path("sweeps")
    @Operation(summary = "Run the retention sweep now (centre admins): answers the batches it executed")
    public Response sweep() {
        return ok(desk.sweep());
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.COORDINATING_AUTHORITY, Roles.LAW_ENFORCEMENT})
    @POST
    @Path("reports/{id}/extensions")
    @Operation(summary = "Extend the retention of a report's personal data and evidence (centre admins; a Coordinating Authority or "
            + "law enforcement of a Member State the report was forwarded to): body {legalBasis, period (ISO, e.g. P6M, at most "
            + "retention.extension-max)}; ends by itself")
    @APIResponse(responseCode = "201", description = "Extended")
    public Response extend(@PathParam("id") String id, JsonObject body) {
        ReportId report = new ReportId(Inputs.uuid(id, "id"));
        return created(body, (basis, period) -> extensions.extend(report, basis, period));
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY,
            Roles.LAW_ENFORCEMENT})
    @GET
    @Path("reports/{id}/extensions")
    @Operation(summary = "A report's extensions and necessity confirmations")
    public Response extensions(@PathParam("id") String id) {
        return ok(extensions.extensions(new ReportId(Inputs.uuid(id, "id"))));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    @POST
    @Path("victim-cases/{id}/extensions")
    @Operation(summary = "Extend the retention of a victim case's personal data (the Coordinating Authority of the case's own "
            + "Member State): body {legalBasis, period (ISO, e.g. P6M, at most retention.extension-max)}; ends by itself")
    @APIResponse(responseCode = "201", description = "Extended")
    public Response extendVictimCase(@PathParam("id") String id, JsonObject body) {
        VictimCaseId victimCase = new VictimCaseId(Inputs.uuid(id, "id"));
        return created(body, (basis, period) -> extensions.extendVictimCase(victimCase, basis, period));
    }

    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    @GET
    @Path("victim-cases/{id}/extensions")
    @Operation(summary = "A victim case's extensions (the Coordinating Authority of the case's own Member State)")
    public Response victimCaseExtensions(@PathParam("id") String id) {
        return ok(extensions.victimCaseExtensions(new VictimCaseId(Inputs.uuid(id, "id"))));
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR})
    @GET
    @Path("report-reviews")
    @Operation(summary = "The necessity review of reports' personal data (centre staff): the reports due now, oldest first; "
            + "the sweep anonymises those nobody confirms")
    public Response reviewDue() {
        return ok(extensions.reviewDue(200));
    }

    @RolesAllowed(Roles.CENTRE_REVIEWER)
    @POST
    @Path("report-reviews/{id}/confirmation")
    @Operation(summary = "Confirm that a report's personal data are still necessary (centre reviewers): body {reason}; held one "
            + "retention.report-personal-data.period more")
    public Response confirm(@PathParam("id") String id, JsonObject body) {
        JsonObject b = Inputs.requiredBody(body);
        return ok(extensions.confirmNecessity(new ReportId(Inputs.uuid(id, "id")), Inputs.requiredText(text(b, "reason"), "reason")));
    }

    static LegalPeriod period(String text) {
        String p = Inputs.requiredText(text, "period");
        try {
            return LegalPeriod.parse(p);
        } catch (IllegalArgumentException e) {
            throw Inputs.invalid("period", "must be an ISO-8601 period in one unit, e.g. P6M, P12W or P30D");
        }
    }

    static String text(JsonObject body, String field) {
        JsonValue v = body.get(field);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (!(v instanceof JsonString s)) {
            throw Inputs.invalid(field, "must be a string");
        }
        return s.getString();
    }

    /** Reads {legalBasis, period} (400 naming the field), extends, answers 201 with the extension. */
    private static Response created(JsonObject body, BiFunction<String, LegalPeriod, RetentionExtensionView> extend) {
        JsonObject b = Inputs.requiredBody(body);
        RetentionExtensionView extension = extend.apply(Inputs.requiredText(text(b, "legalBasis"), "legalBasis"), period(text(b, "period")));
        return Response.status(Response.Status.CREATED).cacheControl(noStore()).entity(extension).build();
    }

    private static Response ok(Object entity) {
        return Response.ok(entity).cacheControl(noStore()).build();
    }

    private static CacheControl noStore() {
        CacheControl c = new CacheControl();
        c.setNoStore(true);
        return c;
    }

}
