package eu.csar.web.orders.rest;

import eu.csar.orders.api.ComplaintDirection;
import eu.csar.orders.api.ComplaintId;
import eu.csar.orders.api.ComplaintOutcome;
import eu.csar.orders.application.ComplaintPage;
import eu.csar.orders.application.ComplaintView;
import eu.csar.orders.application.Complaints;
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
import java.util.Locale;

/**
 * Complaints of users about orders (Art 34). The Coordinating Authority of the user's Member State
 * files one (201; forwarded at once to the Coordinating Authority of establishment when the order is
 * another Member State's); the authority of establishment takes it up and decides; either records a
 * withdrawal. Another Member State's complaint is 404, a wrong role 403, a malformed body 400 with
 * nothing stored, a move the workflow does not allow now (or not the caller's side) 409. Reads carry
 * an {@code ETag}; writes take an {@code Idempotency-Key}.
 */
@Tag(name = "Complaints", description = "Complaints of users of a service about an order, passed to the Coordinating Authority of establishment (Art 34)")
@APIResponse(responseCode = "default", description = "RFC 9457 problem",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@RequestScoped
@Path("v1/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComplaintResource {

    static final int DEFAULT_SIZE = 20;

    @Inject
    Complaints complaints;

    @Context
    UriInfo uriInfo;

    @Context
    Request request;

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    @POST
    @Operation(summary = "File a complaint received from a user living in the caller's Member State (Coordinating "
            + "Authorities) about an order of any kind; forwarded at once when the order is another Member State's")
    @APIResponse(responseCode = "201", description = "Filed (and forwarded)")
    public Response file(ComplaintRequests.Create body) {
        ComplaintView complaint = complaints.file(Inputs.requiredBody(body).toDomain());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(complaint.id().toString()).build())
                .tag(tag(complaint)).entity(ComplaintDto.of(complaint)).build();
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY})
    @GET
    @Operation(summary = "The complaints the caller may see, newest first: direction received (by the caller's Member "
            + "State), forwarded (to it as the authority of establishment) or all (default); paged (page from 0, size 1-100)")
    public Response list(@QueryParam("direction") String direction, @QueryParam("page") String page,
                         @QueryParam("size") String size) {
        ComplaintDirection d = direction == null || direction.isBlank() ? ComplaintDirection.ALL
                : Inputs.requiredEnum(ComplaintDirection.class, direction.trim().toUpperCase(Locale.ROOT), "direction");
        int p = Inputs.integer(page, 0, "page");
        int s = Inputs.integer(size, DEFAULT_SIZE, "size");
        Inputs.firstRow(p, s, 100);
        ComplaintPage found = complaints.list(d, p, s);
        EntityTag tag = OrderResponses.pageTag(p, s, found.total(),
                found.items().stream().map(c -> new OrderResponses.Versioned(c.id(), c.version())).toList());
        return OrderResponses.read(request, tag, () -> new Page(found.items().stream().map(ComplaintDto::of).toList(),
                found.page(), found.size(), found.total()));
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY})
    @GET
    @Path("{id}")
    @Operation(summary = "One complaint with its decision and history; 404 unless the caller's Member State received it "
            + "or is the order's")
    public Response open(@PathParam("id") String id) {
        ComplaintView complaint = complaints.complaint(id(id));
        return OrderResponses.read(request, tag(complaint), () -> ComplaintDto.of(complaint));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    @POST
    @Path("{id}/forwarding")
    @Operation(summary = "Forward the complaint to the Coordinating Authority of establishment (the receiving authority)")
    public Response forward(@PathParam("id") String id) {
        return written(complaints.forward(id(id)));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    @POST
    @Path("{id}/examination")
    @Operation(summary = "Take the complaint up for examination (the Coordinating Authority of establishment)")
    public Response takeUp(@PathParam("id") String id) {
        return written(complaints.takeUp(id(id)));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    @POST
    @Path("{id}/decision")
    @Operation(summary = "Decide on the complaint: UPHELD, PARTLY_UPHELD or REJECTED, with reasons (the Coordinating "
            + "Authority of establishment)")
    public Response decide(@PathParam("id") String id, ComplaintRequests.Decision body) {
        ComplaintRequests.Decision b = Inputs.requiredBody(body);
        ComplaintOutcome outcome = Inputs.requiredEnum(ComplaintOutcome.class, b.outcome, "outcome");
        Inputs.requiredText(b.reasons, "reasons");
        return written(complaints.decide(id(id), outcome, b.reasons));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    @POST
    @Path("{id}/withdrawal")
    @Operation(summary = "Record that the complainant withdrew the complaint, with a reason (either authority concerned)")
    public Response withdraw(@PathParam("id") String id, ComplaintRequests.Text body) {
        ComplaintRequests.Text b = Inputs.requiredBody(body);
        Inputs.requiredText(b.text, "text");
        return written(complaints.withdraw(id(id), b.text));
    }

    /** One page of complaints. */
    public record Page(List<ComplaintDto> items, int page, int size, long total) {
    }

    private static ComplaintId id(String id) {
        return new ComplaintId(Inputs.uuid(id, "id"));
    }

    private static Response written(ComplaintView complaint) {
        return OrderResponses.written(ComplaintDto.of(complaint), tag(complaint));
    }

    private static EntityTag tag(ComplaintView complaint) {
        return OrderResponses.tag(complaint.id(), complaint.version());
    }
}
