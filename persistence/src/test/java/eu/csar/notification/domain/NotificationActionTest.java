package eu.csar.notification.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NotificationActionTest {

    @Test
    void aDeliveryIsRecordedAgainstTheProviderAReadingOfOneAgainstTheNotificationAndInboxWideActionsAgainstTheInbox() {
        assertEquals("Provider", NotificationAction.NOTIFICATION_DELIVERED.objectType());
        assertEquals("Notification", NotificationAction.NOTIFICATION_MARKED_READ.objectType());
        assertEquals("Inbox", NotificationAction.INBOX_READ.objectType());
        assertEquals("Inbox", NotificationAction.NOTIFICATIONS_MARKED_READ.objectType());
        assertEquals("NOTIFICATION_MARKED_READ", NotificationAction.NOTIFICATION_MARKED_READ.name(), "the stored code");
    }
}
