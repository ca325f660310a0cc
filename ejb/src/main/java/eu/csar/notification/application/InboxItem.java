package eu.csar.notification.application;

import eu.csar.notification.api.NotificationId;
import eu.csar.notification.domain.Notification;
import eu.csar.notification.domain.NotificationKind;
import eu.csar.shared.domain.MemberState;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * One notification as its inbox shows it: what happened to which object, for which Member State,
 * when, and when it was read ({@code readAt} null while unread). Detached and serializable.
 */
public record InboxItem(NotificationId id, MemberState recipient, NotificationKind kind, String subjectType,
                        UUID subjectId, String subjectLabel, Instant createdAt, Instant readAt) implements Serializable {

    static InboxItem of(Notification n) {
        return new InboxItem(n.id(), n.recipient(), n.kind(), n.subjectType(), n.subjectId(), n.subjectLabel(),
                n.createdAt(), n.readAt().orElse(null));
    }

    public boolean unread() {
        return readAt == null;
    }
}
