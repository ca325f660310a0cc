package eu.csar.web.risk.rest;

import eu.csar.risk.application.RiskDocuments;
import eu.csar.risk.application.RiskReviews;
import eu.csar.security.api.Roles;
import eu.csar.web.platform.rest.IdempotencyKeys;
import eu.csar.web.platform.rest.Idempotent;
import eu.csar.web.platform.rest.Inputs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

import java.util.List;

/**
 * The Coordinating Authority of establishment's review of risk assessments (Art 5): the current
 * assessments of the providers under its jurisdiction, overdue first; accept, request information,
 * require measures, assign a risk category (where the profile provides them); list and download the
 * documents the provider attached. Another Member State's
 * provider's assessment is 404, a wrong role 403, a move the workflow does not allow now 409.
 */
@Tag(name = "Risk reviews", description = "The Coordinating Authority's review of providers' risk assessments (Art 5)")
@APIResponse(responseCode = "default", description = "RFC 9457 problem",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@RequestScoped
@Path("v1/risk-reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RiskReviewResource {

    @Inject
    RiskReviews reviews;

    @Inject
    RiskDocuments documents;

    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    @GET
    @Path("{id}/documents")
    @Operation(summary = "The documents the provider attached to an assessment under the caller's jurisdiction")
    public List<RiskRequests.Document> documents(@PathParam("id") String id) {
        return documents.reviewDocuments(RiskRequests.id(id)).stream()
                .map(d -> RiskRequests.Document.of(d, "/api/v1/risk-reviews")).toList();
    }

    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    @GET
    @Path("{id}/documents/{documentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a document of an assessment under the caller's jurisdiction (attachment, its stored media type)")
    public Response download(@PathParam("id") String id, @PathParam("documentId") String documentId) {
        return RiskRequests.download(documents.reviewDownload(RiskRequests.id(id), RiskRequests.documentId(documentId)));
    }

    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    @GET
    @Operation(summary = "The current assessments of the caller's providers: overdue first, then by the next due date")
    public List<RiskAssessmentDto> list() {
        return reviews.list().stream().map(RiskAssessmentDto::of).toList();
    }

    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    @GET
    @Path("first-assessments")
    @Operation(summary = "The providers under the caller's jurisdiction still awaiting their first assessment (Art 3(4), "
            + "first subparagraph, due the profile's risk-assessment.first-assessment-period after registration): "
            + "overdue first, then by due date")
    public List<FirstDue> awaitingFirst() {
        return reviews.awaitingFirst().stream().map(f -> new FirstDue(f.provider().toString(), f.providerName(),
                RiskAssessmentDto.instant(f.registeredAt()), RiskAssessmentDto.instant(f.dueAt()),
                RiskAssessmentDto.instant(f.overdueSince()))).toList();
    }

    /** A provider awaiting its first assessment; {@code overdueSince} absent while it is not overdue. */
    public record FirstDue(String providerId, String providerName, String registeredAt, String dueAt, String overdueSince) {
    }

    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    @GET
    @Path("{id}")
    @Operation(summary = "One assessment of a provider under the caller's jurisdiction")
    public RiskAssessmentDto open(@PathParam("id") String id) {
        return RiskAssessmentDto.of(reviews.assessment(RiskRequests.id(id)));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    @POST
    @Path("{id}/acceptance")
    @Operation(summary = "Accept the assessment (an optional reason in text)")
    public RiskAssessmentDto accept(@PathParam("id") String id, RiskRequests.Text body) {
        return RiskAssessmentDto.of(reviews.accept(RiskRequests.id(id), body == null ? null : body.text));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    @POST
    @Path("{id}/information-request")
    @Operation(summary = "Ask the provider for further information, due within the legal profile's period (Art 5(2))")
    public RiskAssessmentDto requestInformation(@PathParam("id") String id, RiskRequests.Text body) {
        RiskRequests.Text b = Inputs.requiredBody(body);
        Inputs.requiredText(b.text, "text");
        return RiskAssessmentDto.of(reviews.requestInformation(RiskRequests.id(id), b.text));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    @POST
    @Path("{id}/measures-requirement")
    @Operation(summary = "Require the provider to update its assessment or measures, due within the legal profile's period (Art 5(4))")
    public RiskAssessmentDto requireMeasures(@PathParam("id") String id, RiskRequests.Text body) {
        RiskRequests.Text b = Inputs.requiredBody(body);
        Inputs.requiredText(b.text, "text");
        return RiskAssessmentDto.of(reviews.requireMeasures(RiskRequests.id(id), b.text));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    @POST
    @Path("{id}/category")
    @Operation(summary = "Assign a risk category of the assessment's legal profile (Council general approach only)")
    public RiskAssessmentDto assignCategory(@PathParam("id") String id, RiskRequests.Category body) {
        RiskRequests.Category b = Inputs.requiredBody(body);
        Inputs.requiredText(b.category, "category");
        return RiskAssessmentDto.of(reviews.assignCategory(RiskRequests.id(id), b.category.strip()));
    }
}
