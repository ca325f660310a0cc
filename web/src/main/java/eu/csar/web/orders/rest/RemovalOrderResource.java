package eu.csar.web.orders.rest;

import eu.csar.orders.api.CannotExecuteReason;
import eu.csar.orders.api.Contestant;
import eu.csar.orders.api.ExecutionMeasure;
import eu.csar.orders.api.RedressOutcome;
import eu.csar.orders.api.RemovalOrderId;
import eu.csar.orders.application.DsaStatementRules;
import eu.csar.orders.application.DsaStatements;
import eu.csar.orders.application.OrderAnnexes;
import eu.csar.orders.application.RemovalOrderOnlineChecks;
import eu.csar.orders.application.RemovalOrderPage;
import eu.csar.orders.application.RemovalOrderView;
import eu.csar.orders.application.RemovalOrders;
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
 * Removal orders (Art 14-15) over the partner API. The issuing authority issues (201, the order
 * transmitted at once) and reads its Member State's orders; a provider pulls the orders addressed to
 * it (no webhooks), acknowledges receipt (which starts the execution period), answers with Annex V
 * or Annex VI. Another provider's order is 404, a wrong role 403, a malformed body 400 with nothing
 * changed; a move the workflow does not allow now is 409. Reads carry an {@code ETag} (a matching
 * {@code If-None-Match} gets 304); writes take an {@code Idempotency-Key}.
 */
@Tag(name = "Removal orders", description = "Orders to remove or disable specific items, under the 24-hour clock (Art 14-15)")
@APIResponse(responseCode = "default", description = "RFC 9457 problem",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@RequestScoped
@Path("v1/removal-orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RemovalOrderResource {

    static final int DEFAULT_SIZE = 20;

    @Inject
    RemovalOrders orders;

    @Inject
    OrderAnnexes annexes;

    @Inject
    RemovalOrderOnlineChecks checks;

    @Inject
    DsaStatements dsaStatements;

    @Context
    UriInfo uriInfo;

    @Context
    Request request;

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.ISSUING_AUTHORITY)
    @POST
    @Operation(summary = "Issue a removal order (issuing authorities) to a hosting provider under the Member State's "
            + "jurisdiction; it is transmitted at once and the acknowledgement period starts")
    @APIResponse(responseCode = "201", description = "Issued and transmitted")
    public Response issue(RemovalOrderRequests.Create body) {
        RemovalOrderView order = orders.issue(Inputs.requiredBody(body).toDomain());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(order.id().toString()).build())
                .tag(tag(order)).entity(RemovalOrderDto.of(order)).build();
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY,
            Roles.ISSUING_AUTHORITY, Roles.PROVIDER})
    @GET
    @Operation(summary = "The removal orders the caller may see, newest first: a provider its own, an authority its "
            + "Member State's, the EU Centre all; paged (page from 0, size 1-100)")
    public Response list(@QueryParam("page") String page, @QueryParam("size") String size) {
        int p = Inputs.integer(page, 0, "page");
        int s = Inputs.integer(size, DEFAULT_SIZE, "size");
        Inputs.firstRow(p, s, 100);
        RemovalOrderPage found = orders.list(p, s);
        EntityTag tag = OrderResponses.pageTag(p, s, found.total(),
                found.items().stream().map(o -> new OrderResponses.Versioned(o.id(), o.version())).toList());
        return OrderResponses.read(request, tag, () -> new Page(found.items().stream().map(RemovalOrderDto::of).toList(),
                found.page(), found.size(), found.total()));
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY,
            Roles.ISSUING_AUTHORITY, Roles.PROVIDER})
    @GET
    @Path("{id}")
    @Operation(summary = "One removal order with its clocks, answers and history; 404 for an order not addressed to "
            + "(or issued by) the caller")
    public Response open(@PathParam("id") String id) {
        RemovalOrderView order = orders.order(id(id));
        return OrderResponses.read(request, tag(order), () -> RemovalOrderDto.of(order));
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY,
            Roles.ISSUING_AUTHORITY, Roles.PROVIDER})
    @GET
    @Path("{id}/annex.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The order as the PDF of its annex form (Annex IV, removal order), with the order's id and its "
            + "verification hash (also in the header Verification-Hash and in the order's JSON); for everyone who may "
            + "read the order, 404 for anyone else; every download is audited")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf"))
    public Response annex(@PathParam("id") String id) {
        return OrderResponses.pdf(annexes.removalOrder(id(id)));
    }

    @RolesAllowed(Roles.PROVIDER)
    @GET
    @Path("{id}/dsa-statements")
    @Operation(summary = "An executed order addressed to the caller (provider) as DSA Transparency Database statements "
            + "of reasons, one per item, in the database's body {\"statements\":[...]} (page from 0, 100 a batch; "
            + "header Link rel=next while more follow); 404 for another's order, 409 before execution; see /api/v1/dsa-statements")
    public Response dsaStatements(@PathParam("id") String id, @QueryParam("page") String page) {
        int p = Inputs.integer(page, 0, "page");
        Inputs.firstRow(p, DsaStatementRules.MAX_BATCH, DsaStatementRules.MAX_BATCH);
        return DsaStatementResource.batch(uriInfo, dsaStatements.forOrder(id(id), p));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.PROVIDER)
    @POST
    @Path("{id}/receipt")
    @Operation(summary = "Acknowledge receipt (the provider the order is addressed to): the execution period starts now")
    public Response acknowledge(@PathParam("id") String id) {
        return written(orders.acknowledge(id(id)));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.PROVIDER)
    @POST
    @Path("{id}/cannot-execute")
    @Operation(summary = "Annex V (provider): force majeure, de facto impossibility or a request for clarification; "
            + "the execution period stops until the issuing authority clarifies")
    public Response cannotExecute(@PathParam("id") String id, RemovalOrderRequests.CannotExecute body) {
        RemovalOrderRequests.CannotExecute b = Inputs.requiredBody(body);
        CannotExecuteReason reason = Inputs.requiredEnum(CannotExecuteReason.class, b.reason, "reason");
        Inputs.requiredText(b.explanation, "explanation");
        return written(orders.cannotExecute(id(id), reason, b.explanation));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.PROVIDER)
    @POST
    @Path("{id}/execution")
    @Operation(summary = "Annex VI (provider): the items were removed or access to them disabled, at executedAt")
    public Response execution(@PathParam("id") String id, RemovalOrderRequests.Execution body) {
        RemovalOrderRequests.Execution b = Inputs.requiredBody(body);
        ExecutionMeasure measure = Inputs.requiredEnum(ExecutionMeasure.class, b.measureTaken, "measureTaken");
        return written(orders.reportExecution(id(id), measure, Inputs.instantOrNull(b.executedAt, "executedAt")));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.ISSUING_AUTHORITY)
    @POST
    @Path("{id}/clarification")
    @Operation(summary = "Clarify after an Annex V notice (issuing authority): the execution period runs again in full")
    public Response clarify(@PathParam("id") String id, RemovalOrderRequests.Text body) {
        return written(orders.clarify(id(id), text(body)));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.ISSUING_AUTHORITY)
    @POST
    @Path("{id}/non-disclosure-extension")
    @Operation(summary = "Extend non-disclosure by the profile's period, as often as the profile allows (issuing authority)")
    public Response extendNonDisclosure(@PathParam("id") String id, RemovalOrderRequests.Text body) {
        return written(orders.extendNonDisclosure(id(id), text(body)));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.ISSUING_AUTHORITY)
    @POST
    @Path("{id}/contest")
    @Operation(summary = "Record that the provider or the uploader contests the executed order before the courts (issuing authority)")
    public Response contest(@PathParam("id") String id, RemovalOrderRequests.Contest body) {
        RemovalOrderRequests.Contest b = Inputs.requiredBody(body);
        Contestant by = Inputs.requiredEnum(Contestant.class, b.by, "by");
        Inputs.requiredText(b.courtReference, "courtReference");
        return written(orders.contest(id(id), by, b.courtReference));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.ISSUING_AUTHORITY)
    @POST
    @Path("{id}/redress-outcome")
    @Operation(summary = "Record the court's decision on a contested order (issuing authority); the case closes")
    public Response outcome(@PathParam("id") String id, RemovalOrderRequests.Outcome body) {
        RemovalOrderRequests.Outcome b = Inputs.requiredBody(body);
        return written(orders.recordOutcome(id(id), Inputs.requiredEnum(RedressOutcome.class, b.outcome, "outcome"), b.note));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.ISSUING_AUTHORITY)
    @POST
    @Path("{id}/closing")
    @Operation(summary = "Close an executed order (issuing authority)")
    public Response close(@PathParam("id") String id, RemovalOrderRequests.Text body) {
        return written(orders.close(id(id), false, body == null ? null : body.text));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.ISSUING_AUTHORITY)
    @POST
    @Path("{id}/withdrawal")
    @Operation(summary = "Withdraw an order not yet executed, with a reason (issuing authority)")
    public Response withdraw(@PathParam("id") String id, RemovalOrderRequests.Text body) {
        return written(orders.close(id(id), true, text(body)));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed({Roles.CENTRE_REVIEWER, Roles.ISSUING_AUTHORITY})
    @POST
    @Path("{id}/online-checks")
    @Operation(summary = "Record whether an item of an executed or overdue order is still online (EU Centre reviewer or "
            + "issuing authority): item (position from 0), stillOnline, checkedAt (default now); an item still online "
            + "gets the provider a repeat notice now and every profile interval until a check finds it gone")
    public Response onlineCheck(@PathParam("id") String id, RemovalOrderRequests.OnlineCheck body) {
        RemovalOrderRequests.OnlineCheck b = Inputs.requiredBody(body);
        if (b.item == null) {
            throw Inputs.invalid("item", "must be given");
        }
        if (b.stillOnline == null) {
            throw Inputs.invalid("stillOnline", "must be true or false");
        }
        return written(checks.record(id(id), b.item, b.stillOnline, Inputs.instantOrNull(b.checkedAt, "checkedAt")));
    }

    /** One page of orders. */
    public record Page(List<RemovalOrderDto> items, int page, int size, long total) {
    }

    private static RemovalOrderId id(String id) {
        return new RemovalOrderId(Inputs.uuid(id, "id"));
    }

    private static String text(RemovalOrderRequests.Text body) {
        RemovalOrderRequests.Text b = Inputs.requiredBody(body);
        Inputs.requiredText(b.text, "text");
        return b.text;
    }

    private static Response written(RemovalOrderView order) {
        return OrderResponses.written(RemovalOrderDto.of(order), tag(order));
    }

    static EntityTag tag(RemovalOrderView order) {
        return OrderResponses.tag(order.id(), order.version());
    }
}
