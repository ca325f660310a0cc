package eu.csar.notification.domain;

import eu.csar.shared.domain.MemberState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class NotificationTest {

    static final Instant T0 = Instant.parse("2026-04-01T09:00:00Z");
    static final UUID PROVIDER = UUID.fromString("7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01");

    static Notification delivered() {
        return new Notification(MemberState.NL, NotificationKind.PROVIDER_CONTACT_POINT_CHANGED, "Provider", PROVIDER,
                "Example Hosting", T0, "ID:msg-1");
    }

    @Test
    void aDeliveredNotificationCarriesItsReferencesAndIsUnread() {
        Notification notification = delivered();
        assertEquals(MemberState.NL, notification.recipient());
        assertEquals(NotificationKind.PROVIDER_CONTACT_POINT_CHANGED, notification.kind());
        assertEquals("Provider", notification.subjectType());
        assertEquals(PROVIDER, notification.subjectId());
        assertEquals("Example Hosting", notification.subjectLabel());
        assertEquals(T0, notification.createdAt());
        assertEquals("ID:msg-1", notification.sourceMessageId());
        assertEquals(Optional.empty(), notification.readAt());
    }

    @Test
    void everyNotificationHasItsOwnStableId() {
        Notification notification = delivered();
        assertNotNull(notification.id());
        assertEquals(notification.id(), notification.id());
        assertNotEquals(notification.id(), delivered().id());
    }

    @Test
    void readingMarksTheNotificationReadAtThatTime() {
        Notification notification = delivered();
        notification.markRead(T0.plusSeconds(60));
        assertEquals(Optional.of(T0.plusSeconds(60)), notification.readAt());
    }

    @Test
    void readingAgainKeepsTheTimeItWasFirstRead() {
        Notification notification = delivered();
        notification.markRead(T0.plusSeconds(60));
        notification.markRead(T0.plusSeconds(3600));
        assertEquals(Optional.of(T0.plusSeconds(60)), notification.readAt());
    }
}
