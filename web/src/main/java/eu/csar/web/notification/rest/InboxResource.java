package eu.csar.web.notification.rest;

import eu.csar.notification.api.NotificationId;
import eu.csar.notification.application.CoordinatorInbox;
import eu.csar.notification.application.InboxItem;
import eu.csar.web.platform.rest.Inputs;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** A Coordinating Authority's inbox over REST: the same notifications its portal shows. */
@Tag(name = "Inbox", description = "Notifications of a Coordinating Authority")
@APIResponse(responseCode = "default", description = "RFC 9457 problem",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@Path("v1/inbox")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

    @Inject
    CoordinatorInbox inbox;

    /** One notification: what happened to which object, for which Member State, and whether it was read. */
    public record Item(String id, String recipient, String kind, String subjectType, String subjectId,
                       String subjectLabel, String createdAt, String readAt) {
        static Item of(InboxItem n) {
            return new Item(n.id().toString(), n.recipient().name(), n.kind().name(), n.subjectType(),
                    n.subjectId().toString(), n.subjectLabel(), n.createdAt().toString(),
                    n.readAt() == null ? null : n.readAt().toString());
        }
    }

    @GET
    @Operation(summary = "The caller's Member States' notifications, newest first")
    public List<Item> items() {
        return inbox.inbox().stream().map(Item::of).toList();
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark a notification read")
    public void markRead(@PathParam("id") String id) {
        inbox.markRead(new NotificationId(Inputs.uuid(id, "id")));
    }
}
