package eu.csar.notification.domain;

import eu.csar.notification.api.InboxAddress;
import eu.csar.notification.api.NoticeSubject;
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
        return new Notification(InboxAddress.of(MemberState.IE), NotificationKind.PROVIDER_LEFT_JURISDICTION,
                new Notification.Subject("Provider", PROVIDER, "Example Hosting"),
                new Notification.Change(List.of("LEGAL_REPRESENTATIVE", "CONTACT_POINT"), Set.of(MemberState.IE), Set.of(MemberState.FR)),
                T0, "ID:msg-1");
    }

    @Test
    void aDeliveredNotificationCarriesItsReferencesAndCodesAndIsUnread() {
        Notification notification = delivered();
        assertEquals(InboxAddress.of(MemberState.IE), notification.recipient());
        assertEquals(Optional.empty(), notification.dueAt(), "a provider's change has no due time");
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
        assertThrows(NullPointerException.class, () -> new Notification(InboxAddress.of(MemberState.NL), null, subject, change, T0, "m"));
        assertThrows(NullPointerException.class, () -> new Notification.Subject("Provider", PROVIDER, null));
        assertThrows(NullPointerException.class, () -> new Notification(InboxAddress.of(MemberState.NL), NotificationKind.PROVIDER_CHANGED, subject, change, T0, null));
    }

    @Test
    void aNoticeAboutAnOrderCarriesItsCodesAndDueTimeButNoJurisdiction() {
        UUID order = UUID.fromString("0b6c2a51-7d44-4f0e-8a3b-5c6d7e8f9a10");
        Instant due = T0.plusSeconds(7 * 86_400);
        Notification notice = Notification.notice(InboxAddress.EU_CENTRE, NotificationKind.DEADLINE_REMINDER,
                new NoticeSubject("DetectionOrder", order, "NL-DO-2026-7"), List.of("detection-order.centre-opinion"), due, T0,
                "deadline-1/REMINDER");
        assertEquals(InboxAddress.EU_CENTRE, notice.recipient());
        assertEquals(NotificationKind.DEADLINE_REMINDER, notice.kind());
        assertEquals("DetectionOrder", notice.subjectType());
        assertEquals(order, notice.subjectId());
        assertEquals("NL-DO-2026-7", notice.subjectLabel());
        assertEquals(List.of("detection-order.centre-opinion"), notice.changes());
        assertEquals(Optional.of(due), notice.dueAt());
        assertEquals(Set.of(), notice.competentBefore());
        assertEquals(Set.of(), notice.competentAfter());
        assertEquals("deadline-1/REMINDER", notice.sourceMessageId());
        assertEquals(Optional.empty(), notice.readAt());
    }
}
