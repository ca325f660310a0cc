package eu.csar.audit.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AuditTrailActionTest {

    @Test
    void whatAuditorsDoIsRecordedAgainstTheTrailItself() {
        for (AuditTrailAction action : AuditTrailAction.values()) {
            assertEquals("AuditTrail", action.objectType(), action.name());
        }
    }

    @Test
    void anAuditorMayHideSearchesAndVerificationsButNeverABrokenChain() {
        assertEquals(List.of("AUDIT_TRAIL_SEARCHED", "AUDIT_CHAIN_VERIFIED"), AuditTrailAction.READS);
    }
}
