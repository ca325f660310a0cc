package eu.csar.reports.api;

import eu.csar.platform.api.OutboxMessages;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A detection job carries the report's id alone; urgent jobs go at the highest priority, and the relay sends what is asked. */
class TriageMessagesTest {

    @Test
    void aJobIsTheReportsIdAndReadsBack() {
        ReportId id = new ReportId(UUID.fromString("0b7e2f4c-1d3a-4e5b-8c6d-7e8f9a0b1c2d"));
        Map<String, String> properties = TriageMessages.propertiesOf(id);
        assertEquals(Map.of("reportId", id.toString()), properties);
        assertEquals(Optional.of(id), TriageMessages.reportOf(properties.get(TriageMessages.REPORT_ID)));
        assertEquals(Optional.empty(), TriageMessages.reportOf("not-a-uuid"));
        assertEquals(Optional.empty(), TriageMessages.reportOf(null));
    }

    @Test
    void urgentReportsGoFirst() {
        assertEquals(9, TriageMessages.priority(true));
        assertEquals(4, TriageMessages.priority(false));
        assertEquals(9, OutboxMessages.priorityOf(Map.of(OutboxMessages.PRIORITY, "9")));
        assertEquals(0, OutboxMessages.priorityOf(Map.of(OutboxMessages.PRIORITY, "0")));
    }

    @Test
    void anythingButOneDigitIsTheDefaultPriority() {
        assertEquals(4, OutboxMessages.priorityOf(Map.of()));
        assertEquals(4, OutboxMessages.priorityOf(Map.of(OutboxMessages.PRIORITY, "10")));
        assertEquals(4, OutboxMessages.priorityOf(Map.of(OutboxMessages.PRIORITY, "x")));
        assertEquals(4, OutboxMessages.priorityOf(Map.of(OutboxMessages.PRIORITY, "")));
    }
}
