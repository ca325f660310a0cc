package eu.csar.web.notification.rest;

import eu.csar.notification.api.NotificationId;
import eu.csar.notification.application.AuthorityInbox;
import eu.csar.notification.application.InboxItem;
import eu.csar.security.api.Roles;
import eu.csar.web.notification.portal.InboxLinks;
import eu.csar.web.notification.portal.InboxTexts;
import eu.csar.web.platform.rest.Inputs;
import jakarta.annotation.security.RolesAllowed;
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

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An authority's or provider's inbox over REST (a Coordinating Authority's, the EU Centre's for its
 * reviewers and administrators, or a provider's own for its API clients and staff, e.g. the reminders
 * of its risk assessment's due dates): the same notifications its portal shows, with the codes for machines and a
 * summary in the language of {@code Accept-Language} (English or Dutch) for people.
 */
@Tag(name = "Inbox", description = "Notifications of a Coordinating Authority, of the EU Centre or of a provider")
@APIResponse(responseCode = "default", description = "RFC 9457 problem",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@Path("v1/inbox")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

    private static final Set<String> LANGUAGES = Set.of("en", "nl");

    @Inject
    AuthorityInbox inbox;

    @Inject
    InboxTexts texts;

    @Context
    HttpHeaders headers;

    /**
     * One notification: what happened to which object (codes; for a provider's change the competent
     * Member States before and after; for a reminder the deadline's due time), for which inbox (a
     * Member State's code, {@code EU_CENTRE}, or {@code PROVIDER:} and the provider's id), a summary,
     * whether the caller may still open the object ({@code openable} false once a provider left its
     * jurisdiction) and its portal link, and who marked it read when.
     */
    public record Item(String id, String recipient, String kind, List<String> changes, List<String> competentBefore,
                       List<String> competentAfter, String dueAt, String subjectType, String subjectId, String subjectLabel,
                       String link, String summary, boolean openable, String createdAt, String readAt, String readBy) {
        static Item of(InboxItem n, String summary) {
            return new Item(n.id().toString(), n.recipient().code(), n.kind().name(), n.changes(),
                    n.competentBefore().stream().map(Enum::name).sorted().toList(),
                    n.competentAfter().stream().map(Enum::name).sorted().toList(), text(n.dueAt()), n.subjectType(),
                    n.subjectId().toString(), n.subjectLabel(), InboxLinks.path(n), summary, n.openable(),
                    n.createdAt().toString(), text(n.readAt()), n.readBy());
        }

        private static String text(Instant instant) {
            return instant == null ? null : instant.toString();
        }
    }

    /** How many notifications nobody of the authority has marked read. */
    public record UnreadCount(long unread) {
    }

    /** How many notifications a read-all marked. */
    public record MarkedRead(int marked) {
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.COORDINATING_AUTHORITY, Roles.PROVIDER})
    @GET
    @Operation(summary = "The notifications of the caller's authority, newest first")
    public List<Item> items() {
        Locale language = language();
        return inbox.inbox().stream().map(n -> Item.of(n, texts.summaryWithSubjectIn(n, language))).toList();
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.COORDINATING_AUTHORITY, Roles.PROVIDER})
    @GET
    @Path("unread-count")
    @Operation(summary = "How many of the caller's notifications are unread")
    public UnreadCount unreadCount() {
        return new UnreadCount(inbox.unreadCount());
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.COORDINATING_AUTHORITY, Roles.PROVIDER})
    @POST
    @Path("read-all")
    @Operation(summary = "Mark every unread notification of the caller's inbox read")
    public MarkedRead markAllRead() {
        return new MarkedRead(inbox.markAllRead());
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.COORDINATING_AUTHORITY, Roles.PROVIDER})
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
