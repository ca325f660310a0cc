package eu.csar.notification.api;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NotificationIdTest {

    static final String TEXT = "3c9a1f0e-5b7d-4e2a-8c61-0f2d4b6a8e10";

    @Test
    void anIdParsesFromItsUuidAndPrintsAsTheBareUuid() {
        NotificationId id = NotificationId.of(TEXT);
        assertEquals(UUID.fromString(TEXT), id.value());
        assertEquals(TEXT, id.toString());
        assertEquals(id, NotificationId.of(id.toString()));
    }

    @Test
    void textThatIsNotAUuidIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> NotificationId.of("inbox-1"));
    }

    @Test
    void anIdWithoutValueIsRefused() {
        assertThrows(NullPointerException.class, () -> new NotificationId(null));
    }

    @Test
    void randomIdsDiffer() {
        NotificationId one = NotificationId.random();
        assertNotNull(one.value());
        assertNotEquals(one, NotificationId.random());
    }
}
