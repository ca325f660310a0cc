package eu.csar.shared.domain;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ProviderIdTest {

    static final String TEXT = "7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01";

    @Test
    void anIdParsesFromItsUuidAndPrintsAsTheBareUuidForPartners() {
        ProviderId id = ProviderId.of(TEXT);
        assertEquals(UUID.fromString(TEXT), id.value());
        assertEquals(TEXT, id.toString());
        assertEquals(id, ProviderId.of(id.toString()));
    }

    @Test
    void textThatIsNotAUuidIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ProviderId.of("provider-1"));
    }

    @Test
    void anIdWithoutValueIsRefused() {
        assertThrows(NullPointerException.class, () -> new ProviderId(null));
    }

    @Test
    void randomIdsDiffer() {
        ProviderId one = ProviderId.random();
        assertNotNull(one.value());
        assertNotEquals(one, ProviderId.random());
    }
}
