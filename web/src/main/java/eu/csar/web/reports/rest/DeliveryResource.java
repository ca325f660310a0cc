package eu.csar.web.reports.rest;

import eu.csar.reports.api.DeliveryId;
import eu.csar.reports.application.DeliveryPickup;
import eu.csar.reports.application.ReportForwarding;
import eu.csar.security.api.Roles;
import eu.csar.web.platform.rest.Inputs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pull API of forwarding (Art 48(3)) for law enforcement and Europol when they cannot expose an
 * endpoint: {@code GET} the waiting deliveries (the caller's Member States', or Europol's), urgent
 * first, then the oldest, each with its {@code deliveryId} and the {@code document} a push delivery
 * POSTs; paged by {@code cursor} ({@code next} of the previous page) and {@code limit} (1-100,
 * default 20). {@code POST {id}/acknowledgement} marks one DELIVERED (again: the same answer);
 * another recipient's delivery is 404, any other role 403, an unreadable cursor, limit or id 400.
 */
@Tag(name = "Forwarded reports", description = "Law enforcement and Europol: the reports forwarded to them (Art 48)")
@APIResponse(responseCode = "default", description = "RFC 9457 problem",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@RequestScoped
@Path("v1/deliveries")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryResource {

    static final int DEFAULT_LIMIT = 20;

    @Inject
    DeliveryPickup pickup;

    @Inject
    ReportForwarding forwarding;

    @RolesAllowed({Roles.LAW_ENFORCEMENT, Roles.EUROPOL})
    @GET
    @Operation(summary = "The caller's waiting deliveries (recipients configured to pull), urgent first, then the oldest:"
            + " deliveryId, recipient, urgent, waitingSince and the delivery document; next: the cursor of the next page (absent"
            + " on the last); cursor and limit (1-100, default 20). Fetching settles nothing: acknowledge each delivery")
    public Response waiting(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        int l = Inputs.integer(limit, DEFAULT_LIMIT, "limit");
        if (l < 1 || l > DeliveryPickup.MAX_LIMIT) {
            throw Inputs.invalid("limit", "must be between 1 and " + DeliveryPickup.MAX_LIMIT);
        }
        DeliveryPickup.Page page = pickup.waiting(cursor, l);
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (DeliveryPickup.WaitingDelivery d : page.deliveries()) {
            try (JsonReader document = Json.createReader(new StringReader(d.document()))) {
                items.add(Json.createObjectBuilder().add("deliveryId", d.deliveryId().toString())
                        .add("reportId", d.reportId().toString()).add("recipient", d.recipient()).add("urgent", d.urgent())
                        .add("waitingSince", d.waitingSince().toString()).add("document", document.readObject()));
            }
        }
        JsonObjectBuilder answer = Json.createObjectBuilder().add("deliveries", items);
        if (page.next() != null) {
            answer.add("next", page.next());
        }
        return Response.ok(answer.build().toString(), MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store").build();
    }

    @RolesAllowed({Roles.LAW_ENFORCEMENT, Roles.EUROPOL})
    @POST
    @Path("{id}/acknowledgement")
    @Operation(summary = "Acknowledge a fetched delivery: DELIVERED (the report FORWARDED once all its deliveries are);"
            + " acknowledging it again answers the same")
    public Map<String, Object> acknowledge(@PathParam("id") String id) {
        ReportForwarding.Acknowledgement ack = forwarding.acknowledge(new DeliveryId(Inputs.uuid(id, "id")));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("deliveryId", ack.deliveryId().toString());
        answer.put("reportId", ack.reportId().toString());
        answer.put("state", "DELIVERED");
        answer.put("deliveredAt", ack.deliveredAt().toString());
        answer.put("acknowledgedBefore", !ack.first());
        return answer;
    }
}
