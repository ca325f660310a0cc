package eu.csar.notification;

import eu.csar.audit.AuditOutcome;
import eu.csar.audit.AuditRecorder;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.security.api.UnknownObjectException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

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
    public List<Notification> inbox() {
        return notifications.inbox(caller.memberStates(), INBOX_SIZE);
    }

    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public void markRead(@NotNull UUID id) {
        Notification notification = notifications.find(id)
                .filter(n -> caller.memberStates().contains(n.recipient()))
                .orElseThrow(() -> {
                    audit.refusal("NOTIFICATION_READ", "Notification", id, "inbox", AuditOutcome.NOT_FOUND);
                    return new UnknownObjectException("Notification", id);
                });
        notification.markRead(clock.instant());
    }
}
