package eu.csar.registry.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RegistryActionTest {

    @Test
    void everyRegistryActionIsRecordedAgainstAProvider() {
        for (RegistryAction action : RegistryAction.values()) {
            assertEquals("Provider", action.objectType(), action.name());
        }
    }
}
