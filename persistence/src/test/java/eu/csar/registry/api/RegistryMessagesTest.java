package eu.csar.registry.api;

import eu.csar.shared.domain.ProviderId;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The queue contract between the registry, which sends, and the contexts that listen. */
class RegistryMessagesTest {

    static final ProviderId PROVIDER = ProviderId.of("7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01");

    @Test
    void aChangeTravelsAsTheProviderIdAndWhatChangedAsText() {
        ProviderContactChanged change = new ProviderContactChanged(PROVIDER, ProviderContactChanged.What.LEGAL_REPRESENTATIVE);
        assertEquals(Map.of("providerId", "7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01", "what", "LEGAL_REPRESENTATIVE"),
                RegistryMessages.propertiesOf(change));
    }

    @Test
    void everyKindOfChangeIsReadBackAsItWasSent() {
        for (ProviderContactChanged.What what : ProviderContactChanged.What.values()) {
            ProviderContactChanged sent = new ProviderContactChanged(PROVIDER, what);
            Map<String, String> properties = RegistryMessages.propertiesOf(sent);
            assertEquals(sent, RegistryMessages.changeOf(properties.get(RegistryMessages.PROVIDER_ID),
                    properties.get(RegistryMessages.WHAT)));
        }
    }

    @Test
    void aMessageWithoutEitherPropertyIsRefusedAsOutsideTheContract() {
        IllegalArgumentException noId = assertThrows(IllegalArgumentException.class,
                () -> RegistryMessages.changeOf(null, "CONTACT_POINT"));
        assertEquals("registry message without providerId or what", noId.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RegistryMessages.changeOf(PROVIDER.toString(), null));
    }

    @Test
    void aMessageWithUnreadablePropertiesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> RegistryMessages.changeOf("not-a-uuid", "CONTACT_POINT"));
        assertThrows(IllegalArgumentException.class, () -> RegistryMessages.changeOf(PROVIDER.toString(), "ADDRESS"));
    }

    @Test
    void aChangeNamesItsProviderAndWhatChanged() {
        assertThrows(NullPointerException.class, () -> new ProviderContactChanged(null, ProviderContactChanged.What.CONTACT_POINT));
        assertThrows(NullPointerException.class, () -> new ProviderContactChanged(PROVIDER, null));
    }
}
