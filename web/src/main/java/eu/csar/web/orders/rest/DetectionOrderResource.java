package eu.csar.web.orders.rest;

import eu.csar.orders.api.DetectionOrderId;
import eu.csar.orders.application.DetectionOrderDecisions;
import eu.csar.orders.application.DetectionOrderExecutions;
import eu.csar.orders.application.DetectionOrderPage;
import eu.csar.orders.application.DetectionOrderView;
import eu.csar.orders.application.DetectionOrders;
import eu.csar.orders.application.OrderAnnexes;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
 * Detection orders (Art 7-11) over the API. The Coordinating Authority of establishment drafts a
 * request (201), sends it for consultation, adjusts it, records the data-protection authority's
 * opinion, submits it or withdraws it; the provider it is addressed to pulls it (no webhooks),
 * comments, records its implementation plan and DPIA, and acknowledges receipt of the issued order;
 * the EU Centre gives its opinion; the issuing authority of the same Member State issues (with the
 * start date), refuses or revokes. Another Member State's or provider's order is 404, a wrong role
 * 403, a malformed body 400 with nothing changed, a move the workflow does not allow now 409, and a
 * request under a profile without detection orders a 400 problem naming the profile. Reads carry an
 * {@code ETag} (a matching {@code If-None-Match} gets 304); writes take an {@code Idempotency-Key}.
 */
@Tag(name = "Detection orders", description = "Requests and orders to detect known or new material or grooming on a service (Art 7-11)")
@APIResponse(responseCode = "default", description = "RFC 9457 problem",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@RequestScoped
@Path("v1/detection-orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DetectionOrderResource {

    static final int DEFAULT_SIZE = 20;

    @Inject
    DetectionOrders orders;

    @Inject
    DetectionOrderDecisions decisions;

    @Inject
    DetectionOrderExecutions executions;

    @Inject
    OrderAnnexes annexes;

    @Context
    UriInfo uriInfo;

    @Context
    Request request;

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    @POST
    @Operation(summary = "Draft a detection order request (Coordinating Authority of establishment) for a provider under "
            + "its jurisdiction: service, type, indicator sets, duration, safeguards, technology")
    @APIResponse(responseCode = "201", description = "Drafted")
    public Response draft(DetectionOrderRequests.Create body) {
        DetectionOrderView order = orders.draft(Inputs.requiredBody(body).toDomain());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(order.id().toString()).build())
                .tag(tag(order)).entity(DetectionOrderDto.of(order)).build();
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY,
            Roles.ISSUING_AUTHORITY, Roles.PROVIDER})
    @GET
    @Operation(summary = "The detection orders the caller may see, newest first: a provider those sent to it, an authority "
            + "its Member State's, the EU Centre all; paged (page from 0, size 1-100)")
    public Response list(@QueryParam("page") String page, @QueryParam("size") String size) {
        int p = Inputs.integer(page, 0, "page");
        int s = Inputs.integer(size, DEFAULT_SIZE, "size");
        Inputs.firstRow(p, s, 100);
        DetectionOrderPage found = orders.list(p, s);
        EntityTag tag = OrderResponses.pageTag(p, s, found.total(),
                found.items().stream().map(o -> new OrderResponses.Versioned(o.id(), o.version())).toList());
        return OrderResponses.read(request, tag, () -> new Page(found.items().stream().map(DetectionOrderDto::of).toList(),
                found.page(), found.size(), found.total()));
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY,
            Roles.ISSUING_AUTHORITY, Roles.PROVIDER})
    @GET
    @Path("{id}")
    @Operation(summary = "One detection order with its consultation, decision, dates, grants and history; 404 for an order "
            + "that is not the caller's to see")
    public Response open(@PathParam("id") String id) {
        DetectionOrderView order = orders.order(id(id));
        return OrderResponses.read(request, tag(order), () -> DetectionOrderDto.of(order));
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY,
            Roles.ISSUING_AUTHORITY, Roles.PROVIDER})
    @GET
    @Path("{id}/annex.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The issued order as the PDF of its annex form (Annex I, detection order), with the order's id and "
            + "its verification hash (also in the header Verification-Hash and in the order's JSON); for everyone who may "
            + "read the order, 404 for anyone else, 409 for a request not issued; every download is audited")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf"))
    public Response annex(@PathParam("id") String id) {
        return OrderResponses.pdf(annexes.detectionOrder(id(id)));
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY,
            Roles.ISSUING_AUTHORITY, Roles.PROVIDER})
    @GET
    @Path("{id}/annex-ii.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The provider's latest Annex II answer as the PDF of the Annex II form, with the clarification when "
            + "it came and the order's id and verification hash; 409 before an answer, 404 for an order not the caller's")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf"))
    public Response annexIiPdf(@PathParam("id") String id) {
        return OrderResponses.pdf(annexes.detectionOrderAnnexIi(id(id)));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    @POST
    @Path("{id}/consultation")
    @Operation(summary = "Send the draft to the provider (comments within commentPeriod) and the EU Centre (opinion within "
            + "the profile's period) (Coordinating Authority)")
    public Response consult(@PathParam("id") String id, DetectionOrderRequests.Consultation body) {
        DetectionOrderRequests.Consultation b = Inputs.requiredBody(body);
        return written(orders.sendForConsultation(id(id), DetectionOrderRequests.period(b.commentPeriod, "commentPeriod")));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.PROVIDER)
    @POST
    @Path("{id}/comments")
    @Operation(summary = "The provider's comments on the draft, within the period set")
    public Response comment(@PathParam("id") String id, DetectionOrderRequests.Text body) {
        return written(orders.comment(id(id), DetectionOrderRequests.text(body, "text")));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.CENTRE_ADMIN)
    @POST
    @Path("{id}/centre-opinion")
    @Operation(summary = "The EU Centre's opinion on the draft, within the profile's period (centre admin)")
    public Response opinion(@PathParam("id") String id, DetectionOrderRequests.Text body) {
        return written(orders.giveOpinion(id(id), DetectionOrderRequests.text(body, "text")));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    @POST
    @Path("{id}/adjusted-draft")
    @Operation(summary = "Adjust the draft after the consultation (Coordinating Authority): what was changed and why")
    public Response adjust(@PathParam("id") String id, DetectionOrderRequests.Text body) {
        return written(orders.adjust(id(id), DetectionOrderRequests.text(body, "text")));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.PROVIDER)
    @POST
    @Path("{id}/implementation-plan")
    @Operation(summary = "The provider's implementation plan; a later one replaces it")
    public Response plan(@PathParam("id") String id, DetectionOrderRequests.Text body) {
        return written(orders.recordPlan(id(id), DetectionOrderRequests.text(body, "text")));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.PROVIDER)
    @POST
    @Path("{id}/dpia")
    @Operation(summary = "The provider's data protection impact assessment (grooming)")
    public Response dpia(@PathParam("id") String id, DetectionOrderRequests.Text body) {
        return written(orders.recordDpia(id(id), DetectionOrderRequests.text(body, "text")));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    @POST
    @Path("{id}/dpa-opinion")
    @Operation(summary = "The data-protection authority's opinion on the plan (grooming; Coordinating Authority)")
    public Response dpaOpinion(@PathParam("id") String id, DetectionOrderRequests.Text body) {
        return written(orders.recordDpaOpinion(id(id), DetectionOrderRequests.text(body, "text")));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    @POST
    @Path("{id}/submission")
    @Operation(summary = "Submit the request to the issuing authority of the same Member State (Coordinating Authority)")
    public Response submit(@PathParam("id") String id) {
        return written(orders.submit(id(id)));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    @POST
    @Path("{id}/withdrawal")
    @Operation(summary = "Withdraw a request not yet submitted, with a reason (Coordinating Authority)")
    public Response withdraw(@PathParam("id") String id, DetectionOrderRequests.Text body) {
        return written(orders.withdraw(id(id), DetectionOrderRequests.text(body, "text")));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.ISSUING_AUTHORITY)
    @POST
    @Path("{id}/issue")
    @Operation(summary = "Issue the order with its start date and reasons (issuing authority): transmitted at once, and the "
            + "provider's indicator grants created for the order's sets and period")
    public Response issue(@PathParam("id") String id, DetectionOrderRequests.Decision body) {
        DetectionOrderRequests.Decision b = Inputs.requiredBody(body);
        return written(decisions.issue(id(id), Inputs.requiredText(b.issuingAuthority, "issuingAuthority"),
                b.requiredStart(), Inputs.requiredText(b.reasons, "reasons")));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.ISSUING_AUTHORITY)
    @POST
    @Path("{id}/refusal")
    @Operation(summary = "Refuse the request, with reasons (issuing authority)")
    public Response refuse(@PathParam("id") String id, DetectionOrderRequests.Decision body) {
        DetectionOrderRequests.Decision b = Inputs.requiredBody(body);
        return written(decisions.refuse(id(id), Inputs.requiredText(b.issuingAuthority, "issuingAuthority"),
                Inputs.requiredText(b.reasons, "reasons")));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.ISSUING_AUTHORITY)
    @POST
    @Path("{id}/revocation")
    @Operation(summary = "Revoke the order, with a reason (issuing authority): its indicator grants end now")
    public Response revoke(@PathParam("id") String id, DetectionOrderRequests.Text body) {
        return written(decisions.revoke(id(id), DetectionOrderRequests.text(body, "text")));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.ISSUING_AUTHORITY)
    @POST
    @Path("{id}/modification")
    @Operation(summary = "Modify the order at the Coordinating Authority's request (issuing authority, Art 9(4)): it ends as "
            + "MODIFIED and the order that replaces it (new indicator sets, duration from the original start, safeguards) is "
            + "issued and transmitted at once; the provider's grants move to it")
    @APIResponse(responseCode = "201", description = "The replacing order")
    public Response modify(@PathParam("id") String id, DetectionOrderRequests.Modification body) {
        DetectionOrderRequests.Modification b = Inputs.requiredBody(body);
        DetectionOrderView modified = decisions.modify(id(id), Inputs.requiredText(b.issuingAuthority, "issuingAuthority"),
                b.sets(), DetectionOrderRequests.period(b.duration, "duration"), Inputs.requiredText(b.safeguards, "safeguards"),
                Inputs.requiredText(b.reasons, "reasons"));
        return Response.created(uriInfo.getBaseUriBuilder().path(DetectionOrderResource.class).path(modified.id().toString()).build())
                .tag(tag(modified)).entity(DetectionOrderDto.of(modified)).build();
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.PROVIDER)
    @POST
    @Path("{id}/receipt")
    @Operation(summary = "Acknowledge receipt of the issued order (the provider it is addressed to): the appeal window, "
            + "the start and the end are counted and scheduled from now")
    public Response acknowledge(@PathParam("id") String id) {
        return written(decisions.acknowledge(id(id)));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.PROVIDER)
    @POST
    @Path("{id}/annex-ii")
    @Operation(summary = "Answer with the Annex II template (the provider it is addressed to): it cannot execute the order "
            + "(ground MANIFEST_ERRORS or INSUFFICIENT_INFORMATION), why, and what it needs clarified; the order pauses, and "
            + "so do the dates the legal profile holds in a pause")
    public Response annexIi(@PathParam("id") String id, DetectionOrderRequests.AnnexIi body) {
        DetectionOrderRequests.AnnexIi b = Inputs.requiredBody(body);
        return written(executions.answerAnnexIi(id(id), b.requiredGround(), Inputs.requiredText(b.explanation, "explanation"),
                Inputs.requiredText(b.clarificationRequested, "clarificationRequested")));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    @POST
    @Path("{id}/clarification")
    @Operation(summary = "Clarify the order after an Annex II answer (Coordinating Authority): it resumes, and the dates the "
            + "pause held move on by its length")
    public Response clarify(@PathParam("id") String id, DetectionOrderRequests.Text body) {
        return written(executions.clarify(id(id), DetectionOrderRequests.text(body, "text")));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.PROVIDER)
    @POST
    @Path("{id}/mid-term-report")
    @Operation(summary = "The provider's mid-term report on the execution (Art 9(3)), once it is due")
    public Response midTermReport(@PathParam("id") String id, DetectionOrderRequests.Text body) {
        return written(executions.reportMidTerm(id(id), DetectionOrderRequests.text(body, "text")));
    }

    /** One page of orders. */
    public record Page(List<DetectionOrderDto> items, int page, int size, long total) {
    }

    private static DetectionOrderId id(String id) {
        return new DetectionOrderId(Inputs.uuid(id, "id"));
    }

    private static Response written(DetectionOrderView order) {
        return OrderResponses.written(DetectionOrderDto.of(order), tag(order));
    }

    static EntityTag tag(DetectionOrderView order) {
        return OrderResponses.tag(order.id(), order.version());
    }
}
