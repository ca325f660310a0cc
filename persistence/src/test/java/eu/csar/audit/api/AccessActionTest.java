package eu.csar.audit.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AccessActionTest {

    @Test
    void aRefusedCallIsRecordedAgainstTheOperation() {
        assertEquals("Operation", AccessAction.OPERATION_REFUSED.objectType());
        assertEquals("OPERATION_REFUSED", AccessAction.OPERATION_REFUSED.name(), "the stored code");
    }
}
