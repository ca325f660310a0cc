package eu.csar.web.reports.rest;

import eu.csar.reports.api.ReportId;
import eu.csar.reports.application.EvidenceContent;
import eu.csar.reports.application.ReportIntake;
import eu.csar.reports.application.ReportView;
import eu.csar.security.api.Roles;
import eu.csar.web.platform.rest.IdempotencyKeys;
import eu.csar.web.platform.rest.Idempotent;
import eu.csar.web.platform.rest.Inputs;
import eu.csar.web.platform.rest.RawBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Report intake for providers (Art 12-13): open a report (201, its id and {@code Location} at once),
 * attach evidence items (hashes) or content data (into the evidence vault; 415 for a media type it
 * does not take, 413 over 20 MiB), finish it with a detached JWS over its canonical document, retract
 * it, read it; or submit a report whose evidence is hashes only in one call. Another provider's
 * report is 404, a role other than provider 403, bad input 400 with nothing stored, a refused
 * signature 400 naming the reason in the violation of field {@code signature} (the report stays
 * OPEN), a move the workflow does not allow 409. Writes take an {@code Idempotency-Key}. A provider
 * lists its own reports, newest first, paged and filtered by state and time. The SOAP endpoint
 * ({@code eu.csar.web.reports.soap}) reads and answers with the same classes of this package.
 */
@Tag(name = "Reports", description = "Providers' reports to the EU Centre: open, attach evidence, finish signed, retract (Art 12-13)")
@APIResponse(responseCode = "default", description = "RFC 9457 problem",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@RequestScoped
@Path("v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Inject
    ReportIntake intake;

    @Context
    UriInfo uriInfo;

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.PROVIDER)
    @POST
    @Operation(summary = "Open a report with its Art 13 content (providers); its id comes back at once, OPEN, without evidence")
    @APIResponse(responseCode = "201", description = "Opened")
    public Response open(ReportRequests.Create body) {
        ReportView report = intake.open(Inputs.requiredBody(body).toDomain());
        return created(report);
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.PROVIDER)
    @POST
    @Path("complete")
    @Operation(summary = "Submit a report whose evidence is hashes only in one call: the id the provider chose (a random "
            + "UUID), the content, the items and the signature over the canonical document; FINISHED at once")
    @APIResponse(responseCode = "201", description = "Submitted and finished")
    public Response complete(ReportRequests.Complete body) {
        ReportRequests.Complete b = Inputs.requiredBody(body);
        ReportId id = id(b.id, "id");
        ReportView report = intake.submitInOneCall(id, b.toDomain(), ReportRequests.items(b.items), b.signature);
        return created(report);
    }

    @RolesAllowed(Roles.PROVIDER)
    @GET
    @Operation(summary = "The caller's own reports, newest first: filtered by state (repeatable) and by when they were "
            + "opened (from inclusive, to exclusive, ISO 8601 UTC); paged (page from 0, size 1-100, default 20), with the total")
    public ReportList list(@QueryParam("state") List<String> states, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("page") String page, @QueryParam("size") String size) {
        ReportRequests.Filter filter = ReportRequests.filter(states, from, to);
        int s = Inputs.integer(size, ReportRequests.DEFAULT_SIZE, "size");
        int p = ReportRequests.page(Inputs.integer(page, 0, "page"), s);
        return ReportList.of(intake.list(filter.states(), filter.from(), filter.to(), p, s));
    }

    @RolesAllowed(Roles.PROVIDER)
    @GET
    @Path("{id}")
    @Operation(summary = "The caller's report: state, content, evidence, history, signingInput (the canonical document to sign)"
            + " and feedback (RECEIVED, FORWARDED, MANIFESTLY_UNFOUNDED with its reason code, RETRACTED)")
    public Response status(@PathParam("id") String id) {
        ReportView report = intake.status(id(id, "id"));
        return Response.ok(ReportDto.of(report)).tag(tag(report)).build();
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.PROVIDER)
    @POST
    @Path("{id}/evidence")
    @Operation(summary = "Attach evidence items (PDQ with quality, MD5, SHA256 hashes) to the caller's OPEN report, in order")
    public Response attach(@PathParam("id") String id, ReportRequests.Evidence body) {
        ReportId reportId = id(id, "id");
        return written(intake.attachEvidence(reportId, ReportRequests.items(Inputs.requiredBody(body).items)));
    }

    @Idempotent
    @RawBody(maxBytes = EvidenceContent.DEFAULT_MAX_BYTES, maxText = "2 GiB", maxBytesProperty = EvidenceContent.MAX_BYTES_PROPERTY)
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.PROVIDER)
    @POST
    @Path("{id}/evidence/content")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach content data to the caller's OPEN report: the body is the file (at most 2 GiB unless the "
            + "operator set csar.reports.content.max-bytes), the Content-Type its media type; it is streamed encrypted into "
            + "the evidence vault and the report gets the next evidence item, its SHA-256 with the vault item's id, media "
            + "type and size. 415 for another media type, 413 when too large")
    @RequestBody(required = true, content = {
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/gif", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "video/mp4", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response attachContent(@PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                  InputStream body) throws IOException {
        ReportId reportId = id(id, "id");
        String mediaType = ReportRequests.mediaType(contentType, "Content-Type");
        // streamed: the intake reads it inside its transaction, segment by segment (RequestBodyLimit bounds it)
        return written(intake.attachContent(reportId, ReportRequests.content(body), mediaType));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.PROVIDER)
    @POST
    @Path("{id}/finish")
    @Operation(summary = "Finish the caller's OPEN report with a detached JWS (header..signature) over its canonical "
            + "document, made with the key registered in the registry; a refused signature leaves it OPEN")
    public Response finish(@PathParam("id") String id, ReportRequests.Finish body) {
        ReportId reportId = id(id, "id");
        return written(intake.finish(reportId, Inputs.requiredBody(body).signature));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.PROVIDER)
    @POST
    @Path("{id}/retract")
    @Operation(summary = "Retract the caller's report (OPEN, or FINISHED until it is forwarded), with an optional reason")
    public Response retract(@PathParam("id") String id, ReportRequests.Retract body) {
        ReportId reportId = id(id, "id");
        return written(intake.retract(reportId, body == null ? null : body.reason));
    }

    private Response created(ReportView report) {
        return Response.created(uriInfo.getBaseUriBuilder().path("v1/reports").path(report.id().toString()).build())
                .tag(tag(report)).entity(ReportDto.of(report)).build();
    }

    private static Response written(ReportView report) {
        return Response.ok(ReportDto.of(report)).tag(tag(report)).build();
    }

    private static ReportId id(String id, String field) {
        return ReportRequests.id(id, field);
    }

    private static EntityTag tag(ReportView report) {
        return new EntityTag(report.id() + "-" + report.version());
    }
}
