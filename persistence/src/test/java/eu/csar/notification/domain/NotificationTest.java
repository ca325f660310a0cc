package eu.csar.notification.domain;

import eu.csar.shared.domain.MemberState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotificationTest {

    static final Instant T0 = Instant.parse("2026-04-01T09:00:00Z");
    static final UUID PROVIDER = UUID.fromString("7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01");

    static Notification delivered() {
        return new Notification(MemberState.IE, NotificationKind.PROVIDER_LEFT_JURISDICTION,
                new Notification.Subject("Provider", PROVIDER, "Example Hosting"),
                new Notification.Change(List.of("LEGAL_REPRESENTATIVE", "CONTACT_POINT"), Set.of(MemberState.IE), Set.of(MemberState.FR)),
                T0, "ID:msg-1");
    }

    @Test
    void aDeliveredNotificationCarriesItsReferencesAndCodesAndIsUnread() {
        Notification notification = delivered();
        assertEquals(MemberState.IE, notification.recipient());
        assertEquals(NotificationKind.PROVIDER_LEFT_JURISDICTION, notification.kind());
        assertEquals("Provider", notification.subjectType());
        assertEquals(PROVIDER, notification.subjectId());
        assertEquals("Example Hosting", notification.subjectLabel());
        assertEquals(List.of("CONTACT_POINT", "LEGAL_REPRESENTATIVE"), notification.changes(), "sorted codes");
        assertEquals(Set.of(MemberState.IE), notification.competentBefore());
        assertEquals(Set.of(MemberState.FR), notification.competentAfter());
        assertEquals(T0, notification.createdAt());
        assertEquals("ID:msg-1", notification.sourceMessageId());
        assertEquals(Optional.empty(), notification.readAt());
        assertEquals(Optional.empty(), notification.readBy());
    }

    @Test
    void everyNotificationHasItsOwnStableId() {
        Notification notification = delivered();
        assertNotNull(notification.id());
        assertEquals(notification.id(), notification.id());
        assertNotEquals(notification.id(), delivered().id());
    }

    @Test
    void readingMarksTheNotificationReadByThatUserAtThatTime() {
        Notification notification = delivered();
        assertTrue(notification.markRead("ca-ie", T0.plusSeconds(60)));
        assertEquals(Optional.of(T0.plusSeconds(60)), notification.readAt());
        assertEquals(Optional.of("ca-ie"), notification.readBy());
    }

    @Test
    void readingAgainKeepsWhoReadItFirstAndWhen() {
        Notification notification = delivered();
        notification.markRead("ca-ie", T0.plusSeconds(60));
        assertFalse(notification.markRead("ca-nl", T0.plusSeconds(3600)));
        assertEquals(Optional.of(T0.plusSeconds(60)), notification.readAt());
        assertEquals(Optional.of("ca-ie"), notification.readBy());
    }

    @Test
    void aNotificationNamesItsRecipientKindSubjectAndMessage() {
        Notification.Subject subject = new Notification.Subject("Provider", PROVIDER, "Example Hosting");
        Notification.Change change = new Notification.Change(List.of("CONTACT_POINT"), Set.of(MemberState.NL), Set.of(MemberState.NL));
        assertThrows(NullPointerException.class, () -> new Notification(null, NotificationKind.PROVIDER_CHANGED, subject, change, T0, "m"));
        assertThrows(NullPointerException.class, () -> new Notification(MemberState.NL, null, subject, change, T0, "m"));
        assertThrows(NullPointerException.class, () -> new Notification.Subject("Provider", PROVIDER, null));
        assertThrows(NullPointerException.class, () -> new Notification(MemberState.NL, NotificationKind.PROVIDER_CHANGED, subject, change, T0, null));
    }
}
