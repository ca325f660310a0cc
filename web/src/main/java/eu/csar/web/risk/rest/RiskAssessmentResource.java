package eu.csar.web.risk.rest;

import eu.csar.risk.api.RiskAssessmentId;
import eu.csar.risk.application.OwnAssessments;
import eu.csar.risk.application.RiskAssessmentView;
import eu.csar.risk.application.RiskAssessments;
import eu.csar.risk.application.RiskDocuments;
import eu.csar.risk.domain.RiskDocumentSummary;
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
 * A provider's risk assessments (Art 3-6): submit one (201; the previous current one is superseded),
 * list its own with the next date it must act by, read one, answer the Coordinating Authority's
 * request, attach documents to it (the file as the body, at most 10 MiB) and list and download them.
 * Another provider's assessment is 404, a wrong role 403, a malformed body 400 naming the field with
 * nothing stored. Writes take an {@code Idempotency-Key}.
 */
@Tag(name = "Risk assessments", description = "Providers' risk assessments and mitigation measures (Art 3-5), app stores' measures (Art 6)")
@APIResponse(responseCode = "default", description = "RFC 9457 problem",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@RequestScoped
@Path(RiskAssessmentResource.BASE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RiskAssessmentResource {

    static final String BASE = "v1/risk-assessments";

    @Inject
    RiskAssessments assessments;

    @Inject
    RiskDocuments documents;

    @Context
    UriInfo uriInfo;

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.PROVIDER)
    @POST
    @Operation(summary = "Submit the calling provider's risk assessment with its mitigation measures (kind SERVICE, Art 3-4) "
            + "or an app store's measures (APP_STORE, Art 6): exactly the fields the legal profile lists")
    @APIResponse(responseCode = "201", description = "Submitted; the next assessment's due date is set")
    public Response submit(RiskRequests.Submission body) {
        RiskAssessmentView created = assessments.submit(Inputs.requiredBody(body).toDomain());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(RiskAssessmentDto.of(created)).build();
    }

    @RolesAllowed(Roles.PROVIDER)
    @GET
    @Operation(summary = "The calling provider's assessments, newest first, and the next date it must act by")
    public Own list() {
        OwnAssessments own = assessments.own();
        return new Own(own.items().stream().map(RiskAssessmentDto::of).toList(), RiskAssessmentDto.instant(own.nextDueAt()),
                RiskAssessmentDto.name(own.nextDueKind()), RiskAssessmentDto.instant(own.overdueSince()));
    }

    @RolesAllowed(Roles.PROVIDER)
    @GET
    @Path("{id}")
    @Operation(summary = "One of the calling provider's assessments with its review and history")
    public RiskAssessmentDto open(@PathParam("id") String id) {
        return RiskAssessmentDto.of(assessments.assessment(RiskRequests.id(id)));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.PROVIDER)
    @POST
    @Path("{id}/supplement")
    @Operation(summary = "Answer the Coordinating Authority's request for information or requirement of measures (Art 5(2), 5(4))")
    public RiskAssessmentDto supplement(@PathParam("id") String id, RiskRequests.Text body) {
        RiskRequests.Text b = Inputs.requiredBody(body);
        Inputs.requiredText(b.text, "text");
        return RiskAssessmentDto.of(assessments.supplement(RiskRequests.id(id), b.text));
    }

    @Idempotent
    @RawBody(maxBytes = RiskDocumentSummary.MAX_BYTES, maxText = "10 MiB")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.PROVIDER)
    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a document to the caller's assessment: the body is the file (at most 10 MiB), the "
            + "Content-Type its media type (PDF, plain text, ODT or DOCX), fileName its name; 201 with its SHA-256. "
            + "413 when too large, 400 naming mediaType, fileName or content")
    @RequestBody(required = true, content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/vnd.oasis.opendocument.text", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = "Attached")
    public Response attach(@PathParam("id") String id, @QueryParam("fileName") String fileName,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) throws IOException {
        RiskAssessmentId assessment = RiskRequests.id(id);
        byte[] content = body == null ? new byte[0] : body.readAllBytes(); // at most MAX_BYTES: RequestBodyLimit
        RiskDocumentSummary d = documents.attach(assessment, fileName, contentType, content);
        return Response.created(uriInfo.getBaseUriBuilder().path(BASE).path(id).path("documents").path(d.id().toString()).build())
                .type(MediaType.APPLICATION_JSON_TYPE).entity(RiskRequests.Document.of(d, "/api/" + BASE)).build();
    }

    @RolesAllowed(Roles.PROVIDER)
    @GET
    @Path("{id}/documents")
    @Operation(summary = "The documents of one of the caller's assessments: name, media type, size, SHA-256, who and when")
    public List<RiskRequests.Document> documents(@PathParam("id") String id) {
        return documents.ownDocuments(RiskRequests.id(id)).stream().map(d -> RiskRequests.Document.of(d, "/api/" + BASE)).toList();
    }

    @RolesAllowed(Roles.PROVIDER)
    @GET
    @Path("{id}/documents/{documentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a document of one of the caller's assessments (attachment, its stored media type)")
    public Response download(@PathParam("id") String id, @PathParam("documentId") String documentId) {
        return RiskRequests.download(documents.ownDownload(RiskRequests.id(id), RiskRequests.documentId(documentId)));
    }

    /** The provider's own assessments and its next due date. */
    public record Own(List<RiskAssessmentDto> items, String nextDueAt, String nextDueKind, String overdueSince) {
    }
}
