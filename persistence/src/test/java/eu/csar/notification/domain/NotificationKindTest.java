package eu.csar.notification.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Which authority is told what when a provider's jurisdiction changes (Art 26). */
class NotificationKindTest {

    @Test
    void anAuthorityCompetentBeforeAndAfterIsToldWhatChanged() {
        assertEquals(NotificationKind.PROVIDER_CHANGED, NotificationKind.forAuthority(true, true));
    }

    @Test
    void theAuthorityThatGainsTheProviderIsToldItEntered() {
        assertEquals(NotificationKind.PROVIDER_ENTERED_JURISDICTION, NotificationKind.forAuthority(false, true));
    }

    @Test
    void theAuthorityThatLosesTheProviderIsToldItLeft() {
        assertEquals(NotificationKind.PROVIDER_LEFT_JURISDICTION, NotificationKind.forAuthority(true, false));
    }

    @Test
    void anAuthorityNeverCompetentIsNotToldAtAll() {
        assertThrows(IllegalArgumentException.class, () -> NotificationKind.forAuthority(false, false));
    }
}
