package eu.csar.transparency.domain;

import eu.csar.shared.domain.RuleViolationException;
import eu.csar.transparency.api.PublicationState;
import eu.csar.transparency.api.ReportKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransparencyReportTest {

    static final Instant AT = Instant.parse("2027-01-10T10:00:00Z");

    static TransparencyReport draft(int version) {
        return TransparencyReport.draft(ReportKind.CENTRE, "EU", 2026, version, "COM-2022-209", 1, 10, LocalDate.of(2027, 6, 30), "admin", AT);
    }

    @Test
    void aFirstVersionPublishesWithoutANoteAndThenNeverChanges() {
        TransparencyReport r = draft(1);
        r.publish("  ", "admin", AT);
        assertEquals(PublicationState.PUBLISHED, r.state());
        assertTrue(r.correctionNote().isEmpty());
        assertEquals(AT, r.publishedAt().orElseThrow());
        RuleViolationException again = assertThrows(RuleViolationException.class, () -> r.publish("x", "admin", AT));
        assertEquals(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, again.code());
        assertThrows(RuleViolationException.class, () -> r.regenerate("COM-2022-209", 2, 10, LocalDate.of(2027, 6, 30), "admin", AT));
    }

    @Test
    void aCorrectionMustSayWhatChanged() {
        TransparencyReport r = draft(2);
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> r.publish(null, "admin", AT));
        assertEquals("note", refused.field());
        assertEquals(PublicationState.DRAFT, r.state());
        assertThrows(RuleViolationException.class, () -> r.publish("x".repeat(TransparencyReport.MAX_NOTE + 1), "admin", AT));
        r.publish(" Two late reports added ", "admin", AT);
        assertEquals("Two late reports added", r.correctionNote().orElseThrow());
    }
}
