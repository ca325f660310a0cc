package eu.csar.shared.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UnknownObjectExceptionTest {

    @Test
    void itNamesTheKindAndIdOfTheObjectThatWasNotFound() {
        ProviderId id = ProviderId.of("7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01");
        UnknownObjectException unknown = new UnknownObjectException("Provider", id);
        assertEquals("Provider", unknown.objectType());
        assertEquals("7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01", unknown.objectId());
        assertEquals("Provider 7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01 not found", unknown.getMessage());
    }

    @Test
    void aMissingIdIsNamedAsNull() {
        UnknownObjectException unknown = new UnknownObjectException("Notification", null);
        assertEquals("null", unknown.objectId());
        assertEquals("Notification null not found", unknown.getMessage());
    }
}
