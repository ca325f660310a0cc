package eu.csar.notification.application;

import eu.csar.notification.api.InboxAddress;
import eu.csar.notification.api.NotificationId;
import eu.csar.notification.domain.Notification;
import eu.csar.notification.domain.NotificationKind;
import eu.csar.shared.domain.MemberState;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One notification as its inbox shows it: what happened to which object (change codes, and the
 * Member States competent before and after; for a reminder, when its deadline falls due), for which
 * inbox (a Member State's authority or the EU Centre), when, who marked it read and
 * when ({@code readAt} null while unread, {@code readBy} null also for notifications read before
 * readers were recorded), and whether the reader may still open its object ({@code openable} false
 * e.g. once the provider left the reader's jurisdiction). Detached and serializable; the texts are
 * built from the codes by the page, in the reader's language.
 */
public record InboxItem(NotificationId id, InboxAddress recipient, NotificationKind kind, String subjectType,
                        UUID subjectId, String subjectLabel, List<String> changes, Set<MemberState> competentBefore,
                        Set<MemberState> competentAfter, Instant dueAt, Instant createdAt, Instant readAt, String readBy,
                        boolean openable) implements Serializable {

    public InboxItem {
        changes = List.copyOf(changes);
        competentBefore = Set.copyOf(competentBefore);
        competentAfter = Set.copyOf(competentAfter);
    }

    static InboxItem of(Notification n, boolean openable) {
        return new InboxItem(n.id(), n.recipient(), n.kind(), n.subjectType(), n.subjectId(), n.subjectLabel(), n.changes(),
                n.competentBefore(), n.competentAfter(), n.dueAt().orElse(null), n.createdAt(), n.readAt().orElse(null), n.readBy().orElse(null), openable);
    }

    public boolean unread() {
        return readAt == null;
    }
}
