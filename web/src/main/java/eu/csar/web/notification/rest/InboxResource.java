package eu.csar.web.notification.rest;

import eu.csar.notification.api.NotificationId;
import eu.csar.notification.application.CoordinatorInbox;
import eu.csar.notification.application.InboxItem;
import eu.csar.web.notification.portal.InboxTexts;
import eu.csar.web.platform.rest.Inputs;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A Coordinating Authority's inbox over REST: the same notifications its portal shows, with the
 * change codes for machines and a summary in the language of {@code Accept-Language} (English or
 * Dutch) for people.
 */
@Tag(name = "Inbox", description = "Notifications of a Coordinating Authority")
@APIResponse(responseCode = "default", description = "RFC 9457 problem",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@Path("v1/inbox")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

    private static final Set<String> LANGUAGES = Set.of("en", "nl");

    @Inject
    CoordinatorInbox inbox;

    @Inject
    InboxTexts texts;

    @Context
    HttpHeaders headers;

    /**
     * One notification: what happened to which object (change codes, competent Member States before
     * and after), for which Member State, a summary, whether the caller may still open the object
     * ({@code openable} false once a provider left its jurisdiction), and who marked it read when.
     */
    public record Item(String id, String recipient, String kind, List<String> changes, List<String> competentBefore,
                       List<String> competentAfter, String subjectType, String subjectId, String subjectLabel,
                       String summary, boolean openable, String createdAt, String readAt, String readBy) {
        static Item of(InboxItem n, String summary) {
            return new Item(n.id().toString(), n.recipient().name(), n.kind().name(), n.changes(),
                    n.competentBefore().stream().map(Enum::name).sorted().toList(),
                    n.competentAfter().stream().map(Enum::name).sorted().toList(), n.subjectType(),
                    n.subjectId().toString(), n.subjectLabel(), summary, n.openable(), n.createdAt().toString(),
                    n.readAt() == null ? null : n.readAt().toString(), n.readBy());
        }
    }

    /** How many notifications nobody of the authority has marked read. */
    public record UnreadCount(long unread) {
    }

    /** How many notifications a read-all marked. */
    public record MarkedRead(int marked) {
    }

    @GET
    @Operation(summary = "The caller's Member States' notifications, newest first")
    public List<Item> items() {
        Locale language = language();
        return inbox.inbox().stream().map(n -> Item.of(n, texts.summaryWithSubjectIn(n, language))).toList();
    }

    @GET
    @Path("unread-count")
    @Operation(summary = "How many of the caller's notifications are unread")
    public UnreadCount unreadCount() {
        return new UnreadCount(inbox.unreadCount());
    }

    @POST
    @Path("read-all")
    @Operation(summary = "Mark every unread notification of the caller's inbox read")
    public MarkedRead markAllRead() {
        return new MarkedRead(inbox.markAllRead());
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark a notification read")
    public void markRead(@PathParam("id") String id) {
        inbox.markRead(new NotificationId(Inputs.uuid(id, "id")));
    }

    /** The first of the caller's accepted languages that the platform speaks; English otherwise. */
    private Locale language() {
        return headers.getAcceptableLanguages().stream().filter(l -> LANGUAGES.contains(l.getLanguage())).findFirst()
                .map(l -> Locale.forLanguageTag(l.getLanguage())).orElse(Locale.ENGLISH);
    }
}
