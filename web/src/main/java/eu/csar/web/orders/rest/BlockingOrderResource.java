package eu.csar.web.orders.rest;

import eu.csar.indicators.api.IndicatorId;
import eu.csar.orders.api.ReassessmentOutcome;
import eu.csar.orders.api.ReassessmentRequestId;
import eu.csar.orders.api.UrlListOrderType;
import eu.csar.security.api.Roles;
import eu.csar.web.platform.rest.IdempotencyKeys;
import eu.csar.web.platform.rest.Idempotent;
import eu.csar.web.platform.rest.Inputs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
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

/**
 * Blocking orders (Art 16-18) over the partner API: an internet access provider blocks the URL-list
 * entries an order names for its period of application, showing the order's notice to its users;
 * besides what every URL-list order has ({@link UrlListOrderResource}), the issuing authority records
 * its periodic reassessment, and a blocked URL believed mistaken is put up for reassessment by the
 * provider (or, for a user, by the issuing authority) and answered by the issuing authority.
 */
@Tag(name = "Blocking orders", description = "Orders to internet access providers to block URLs of the EU Centre's URL list (Art 16-18)")
@APIResponse(responseCode = "default", description = "RFC 9457 problem",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@RequestScoped
@Path("v1/blocking-orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BlockingOrderResource extends UrlListOrderResource {

    @Override
    UrlListOrderType type() {
        return UrlListOrderType.BLOCKING;
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.ISSUING_AUTHORITY)
    @POST
    @Path("{id}/reassessment")
    @Operation(summary = "Record the periodic reassessment (issuing authority): the grounds still hold; the next one "
            + "falls due the profile's interval from now")
    public Response reassess(@PathParam("id") String id, RemovalOrderRequests.Text body) {
        return written(orders.reassess(id(id), text(body)));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed({Roles.ISSUING_AUTHORITY, Roles.PROVIDER})
    @POST
    @Path("{id}/reassessment-requests")
    @Operation(summary = "Ask for a blocked URL to be reassessed as mistaken: the provider for itself, the issuing "
            + "authority on behalf of a user (Art 18)")
    public Response requestReassessment(@PathParam("id") String id, UrlListOrderRequests.ReassessmentRequest body) {
        UrlListOrderRequests.ReassessmentRequest b = Inputs.requiredBody(body);
        IndicatorId entry = new IndicatorId(Inputs.uuid(b.entryId, "entryId"));
        Inputs.requiredText(b.reason, "reason");
        return written(orders.requestReassessment(id(id), entry, b.reason));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.ISSUING_AUTHORITY)
    @POST
    @Path("{id}/reassessment-requests/{requestId}/answer")
    @Operation(summary = "Answer a reassessment request (issuing authority): UPHELD, or LIFTED (the entry is taken out "
            + "of the order)")
    public Response answerReassessment(@PathParam("id") String id, @PathParam("requestId") String requestId,
                                       UrlListOrderRequests.ReassessmentAnswer body) {
        UrlListOrderRequests.ReassessmentAnswer b = Inputs.requiredBody(body);
        ReassessmentOutcome outcome = Inputs.requiredEnum(ReassessmentOutcome.class, b.outcome, "outcome");
        Inputs.requiredText(b.answer, "answer");
        return written(orders.answerReassessment(id(id), new ReassessmentRequestId(Inputs.uuid(requestId, "requestId")), outcome, b.answer));
    }
}
