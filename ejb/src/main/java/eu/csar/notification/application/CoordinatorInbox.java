package eu.csar.notification.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.notification.api.NotificationId;
import eu.csar.notification.domain.Notification;
import eu.csar.notification.domain.NotificationAction;
import eu.csar.notification.domain.NotificationRepository;
import eu.csar.registry.application.ProviderDirectory;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.UnknownObjectException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The inbox of a Coordinating Authority: only its own Member States' notifications. A notification
 * is read once for the whole authority, by the first of its users who marks it, and says by whom.
 * Listing the inbox and marking notifications read are audited; the unread count in the menu
 * reveals no content and is not. A notification whose provider has left the authority's
 * jurisdiction stays listed, as no longer openable.
 */
@Stateless
public class CoordinatorInbox {

    private static final int INBOX_SIZE = 200;
    private static final String PURPOSE = "inbox";
    private static final String PROVIDER = "Provider";

    @Inject
    NotificationRepository notifications;

    @Inject
    ProviderDirectory directory;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public List<InboxItem> inbox() {
        List<Notification> items = notifications.inbox(caller.memberStates(), INBOX_SIZE);
        Set<ProviderId> openable = directory.openableAmong(items.stream().filter(n -> PROVIDER.equals(n.subjectType()))
                .map(n -> new ProviderId(n.subjectId())).collect(Collectors.toSet()));
        audit.success(NotificationAction.INBOX_READ, inboxName(), PURPOSE);
        return items.stream().map(n -> InboxItem.of(n, PROVIDER.equals(n.subjectType())
                && openable.contains(new ProviderId(n.subjectId())))).toList();
    }

    /** How many of the inbox's notifications nobody of the authority has marked read yet. */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public long unreadCount() {
        return notifications.countUnread(caller.memberStates());
    }

    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public void markRead(@NotNull NotificationId id) {
        Notification notification = notifications.find(id)
                .filter(n -> caller.memberStates().contains(n.recipient()))
                .orElseThrow(() -> {
                    audit.refusal(NotificationAction.NOTIFICATION_MARKED_READ, id, PURPOSE, AuditOutcome.NOT_FOUND);
                    return new UnknownObjectException("Notification", id);
                });
        notification.markRead(caller.name(), clock.instant());
        audit.success(NotificationAction.NOTIFICATION_MARKED_READ, id, PURPOSE);
    }

    /** Marks every unread notification of the inbox read by the caller; returns how many. */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public int markAllRead() {
        int marked = notifications.markAllRead(caller.memberStates(), caller.name(), clock.instant());
        audit.success(NotificationAction.NOTIFICATIONS_MARKED_READ, inboxName(), PURPOSE);
        return marked;
    }

    /** The inbox as the audit trail names it: its Member States, e.g. "DE,NL". */
    private String inboxName() {
        return caller.memberStates().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
