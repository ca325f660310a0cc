package eu.csar.audit.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AuditTrailActionTest {

    @Test
    void whatAuditorsDoIsRecordedAgainstTheTrailItself() {
        for (AuditTrailAction action : AuditTrailAction.values()) {
            assertEquals("AuditTrail", action.objectType(), action.name());
        }
    }
}
