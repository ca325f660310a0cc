package eu.csar.web.orders.rest;

import eu.csar.orders.api.UrlListOrderId;
import eu.csar.orders.api.UrlListOrderType;
import eu.csar.orders.application.OrderAnnexes;
import eu.csar.orders.application.UrlListOrderPage;
import eu.csar.orders.application.UrlListOrderView;
import eu.csar.orders.application.UrlListOrders;
import eu.csar.security.api.Roles;
import eu.csar.web.platform.rest.IdempotencyKeys;
import eu.csar.web.platform.rest.Idempotent;
import eu.csar.web.platform.rest.Inputs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
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

import java.util.List;

/**
 * What the partner API of blocking and delisting orders has in common (receipt, execution report,
 * revocation, list and read with {@code ETag}s): the issuing authority issues (201, transmitted at
 * once) and reads its Member State's orders; a provider pulls the orders addressed to it, acknowledges
 * receipt and reports execution. Another provider's order is 404, a wrong role 403, a malformed body
 * 400 with nothing changed, a move the workflow does not allow now 409. Writes take an
 * {@code Idempotency-Key}. Each order is also a PDF of its form ({@code annex.pdf}). Each kind is a subclass with its path.
 */
public abstract class UrlListOrderResource {

    static final int DEFAULT_SIZE = 20;

    @Inject
    UrlListOrders orders;

    @Inject
    OrderAnnexes annexes;

    @Context
    UriInfo uriInfo;

    @Context
    Request request;

    /** The kind of order this resource serves. */
    abstract UrlListOrderType type();

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.ISSUING_AUTHORITY)
    @POST
    @Operation(summary = "Issue an order naming URL-list entries (issuing authorities) to a provider under the Member "
            + "State's jurisdiction; it is transmitted at once")
    @APIResponse(responseCode = "201", description = "Issued and transmitted")
    public Response issue(UrlListOrderRequests.Create body) {
        UrlListOrderView order = orders.issue(type(), Inputs.requiredBody(body).toDomain());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(order.id().toString()).build())
                .tag(tag(order)).entity(UrlListOrderDto.of(order)).build();
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY,
            Roles.ISSUING_AUTHORITY, Roles.PROVIDER})
    @GET
    @Operation(summary = "The orders the caller may see, newest first: a provider its own, an authority its Member "
            + "State's, the EU Centre all; paged (page from 0, size 1-100)")
    public Response list(@QueryParam("page") String page, @QueryParam("size") String size) {
        int p = Inputs.integer(page, 0, "page");
        int s = Inputs.integer(size, DEFAULT_SIZE, "size");
        Inputs.firstRow(p, s, 100);
        UrlListOrderPage found = orders.list(type(), p, s);
        EntityTag tag = OrderResponses.pageTag(p, s, found.total(),
                found.items().stream().map(o -> new OrderResponses.Versioned(o.id(), o.version())).toList());
        return OrderResponses.read(request, tag, () -> new Page(found.items().stream().map(UrlListOrderDto::of).toList(),
                found.page(), found.size(), found.total()));
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY,
            Roles.ISSUING_AUTHORITY, Roles.PROVIDER})
    @GET
    @Path("{id}")
    @Operation(summary = "One order with its entries, clocks and history; 404 for an order not addressed to (or issued "
            + "by) the caller")
    public Response open(@PathParam("id") String id) {
        UrlListOrderView order = orders.order(type(), id(id));
        return OrderResponses.read(request, tag(order), () -> UrlListOrderDto.of(order));
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY,
            Roles.ISSUING_AUTHORITY, Roles.PROVIDER})
    @GET
    @Path("{id}/annex.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The order as the PDF of its form (a blocking order: Annex VII; a delisting order: the platform's "
            + "form citing its legal profile), with the order's id and its verification hash (also in the header "
            + "Verification-Hash and in the order's JSON); for everyone who may read the order, 404 for anyone else; "
            + "every download is audited")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf"))
    public Response annex(@PathParam("id") String id) {
        return OrderResponses.pdf(annexes.urlListOrder(type(), id(id)));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.PROVIDER)
    @POST
    @Path("{id}/receipt")
    @Operation(summary = "Acknowledge receipt (the provider the order is addressed to)")
    public Response acknowledge(@PathParam("id") String id) {
        return written(orders.acknowledge(type(), id(id)));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.PROVIDER)
    @POST
    @Path("{id}/execution")
    @Operation(summary = "Report execution (provider): the URLs are blocked, or delisted, since executedAt")
    public Response execution(@PathParam("id") String id, UrlListOrderRequests.Execution body) {
        UrlListOrderRequests.Execution b = body == null ? new UrlListOrderRequests.Execution() : body;
        return written(orders.reportExecution(type(), id(id), Inputs.instantOrNull(b.executedAt, "executedAt")));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.ISSUING_AUTHORITY)
    @POST
    @Path("{id}/revocation")
    @Operation(summary = "Revoke the order, with a reason (issuing authority)")
    public Response revoke(@PathParam("id") String id, RemovalOrderRequests.Text body) {
        return written(orders.revoke(type(), id(id), text(body)));
    }

    /** One page of orders. */
    public record Page(List<UrlListOrderDto> items, int page, int size, long total) {
    }

    static UrlListOrderId id(String id) {
        return new UrlListOrderId(Inputs.uuid(id, "id"));
    }

    static String text(RemovalOrderRequests.Text body) {
        RemovalOrderRequests.Text b = Inputs.requiredBody(body);
        Inputs.requiredText(b.text, "text");
        return b.text;
    }

    static Response written(UrlListOrderView order) {
        return OrderResponses.written(UrlListOrderDto.of(order), tag(order));
    }

    static EntityTag tag(UrlListOrderView order) {
        return OrderResponses.tag(order.id(), order.version());
    }
}
