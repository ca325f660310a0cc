package eu.csar.notification.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NotificationActionTest {

    @Test
    void aDeliveryIsRecordedAgainstTheProviderAndAReadingAgainstTheNotification() {
        assertEquals("Provider", NotificationAction.NOTIFICATION_DELIVERED.objectType());
        assertEquals("Notification", NotificationAction.NOTIFICATION_READ.objectType());
        assertEquals("NOTIFICATION_READ", NotificationAction.NOTIFICATION_READ.name(), "the stored code");
    }
}
