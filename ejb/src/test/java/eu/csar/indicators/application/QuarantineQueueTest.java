package eu.csar.indicators.application;

import eu.csar.audit.api.AuditAction;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.indicators.api.IndicatorId;
import eu.csar.indicators.api.IndicatorKind;
import eu.csar.indicators.api.IndicatorState;
import eu.csar.indicators.domain.IndicatorAction;
import eu.csar.indicators.domain.QuarantineQueueRepository;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class QuarantineQueueTest {

    static final UUID ID = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
    static final Instant SINCE = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void eachQuarantinedIndicatorComesWithWhyItWasStoppedAndTheReadIsAudited() {
        List<Integer> asked = new ArrayList<>();
        List<String> audited = new ArrayList<>();
        QuarantineQueue queue = new QuarantineQueue();
        queue.repository = new QuarantineQueueRepository() {
            @Override
            public List<Row> quarantined(int max) {
                asked.add(max);
                return List.of(new Row(ID, 42, "PDQ", "ab".repeat(32), 90, "known-images", SINCE, "flood: 500 matches in 1 h"));
            }
        };
        queue.recorder = new AuditRecorder() {
            @Override
            public UUID success(AuditAction action, Object objectId, String purpose) {
                audited.add(action + "|" + objectId + "|" + purpose);
                return UUID.randomUUID();
            }
        };
        List<QuarantineQueue.Entry> entries = queue.quarantined();
        assertEquals(List.of(QuarantineQueue.SHOWN), asked);
        assertEquals(List.of(IndicatorAction.INDICATOR_LIST_READ + "|null|" + QuarantineQueue.PURPOSE), audited);
        assertEquals(1, entries.size());
        QuarantineQueue.Entry entry = entries.get(0);
        assertEquals("flood: 500 matches in 1 h", entry.reason());
        IndicatorSummary s = entry.indicator();
        assertEquals(new IndicatorId(ID), s.id());
        assertEquals(42, s.seq());
        assertEquals(IndicatorKind.PDQ, s.kind());
        assertEquals("ab".repeat(32), s.value());
        assertEquals(90, s.quality());
        assertEquals("known-images", s.setCode());
        assertEquals(IndicatorState.QUARANTINED, s.state());
        assertEquals(SINCE, s.stateChangedAt());
        assertNull(s.distance());
        assertNull(s.reviewDueAt());
    }
}
