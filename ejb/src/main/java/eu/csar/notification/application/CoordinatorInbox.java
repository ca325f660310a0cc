package eu.csar.notification.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.notification.api.NotificationId;
import eu.csar.notification.domain.Notification;
import eu.csar.notification.domain.NotificationAction;
import eu.csar.notification.domain.NotificationRepository;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.UnknownObjectException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.util.List;

/** The inbox of a Coordinating Authority: only its own Member States' notifications. */
@Stateless
public class CoordinatorInbox {

    private static final int INBOX_SIZE = 200;

    @Inject
    NotificationRepository notifications;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public List<InboxItem> inbox() {
        return notifications.inbox(caller.memberStates(), INBOX_SIZE).stream().map(InboxItem::of).toList();
    }

    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public void markRead(@NotNull NotificationId id) {
        Notification notification = notifications.find(id)
                .filter(n -> caller.memberStates().contains(n.recipient()))
                .orElseThrow(() -> {
                    audit.refusal(NotificationAction.NOTIFICATION_READ, id, "inbox", AuditOutcome.NOT_FOUND);
                    return new UnknownObjectException("Notification", id);
                });
        notification.markRead(clock.instant());
    }
}
