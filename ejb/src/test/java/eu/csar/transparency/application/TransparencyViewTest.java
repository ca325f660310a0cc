package eu.csar.transparency.application;

import eu.csar.transparency.api.Figure;
import eu.csar.transparency.api.FigureRow;
import eu.csar.transparency.api.ReportKind;
import eu.csar.transparency.domain.TransparencyReport;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransparencyViewTest {

    static final UUID ALPHA = UUID.fromString("7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01");
    static final UUID BETA = UUID.fromString("7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b02");

    static FigureRow row(Figure f, String ms, UUID p, String category, String detail, long value) {
        return new FigureRow(f, ms, p, category, detail, value);
    }

    static TransparencyView view(int version, List<FigureRow> figures, List<FigureRow> previous) {
        TransparencyReport r = TransparencyReport.draft(ReportKind.CENTRE, "EU", 2026, version, "COM-2022-209", 1, 10,
                LocalDate.of(2027, 6, 30), "admin", Instant.parse("2027-01-10T10:00:00Z"));
        return TransparencyView.of(r, figures, previous);
    }

    @Test
    void removalTimesPerProviderComeFromTheHistogramSummedOverMemberStates() {
        List<FigureRow> figures = List.of(
                row(Figure.REMOVAL_TIME, "NL", ALPHA, "REMOVAL", "60", 6),
                row(Figure.REMOVAL_TIME, "DE", ALPHA, "REMOVAL", "60", 4),
                row(Figure.REMOVAL_TIME, "NL", ALPHA, "REMOVAL", "1440", 10),
                row(Figure.REMOVAL_OVER_DEADLINE, "NL", ALPHA, "REMOVAL", "", 2),
                row(Figure.REMOVAL_OVER_DEADLINE, "DE", ALPHA, "REMOVAL", "", 1),
                row(Figure.REMOVAL_TIME, "NL", BETA, "REMOVAL", "99999", 1),
                row(Figure.REPORTS_RECEIVED, "", ALPHA, "KNOWN", "", 50));
        List<TransparencyView.RemovalStats> stats = view(1, figures, null).removalTimes();
        assertEquals(2, stats.size());
        TransparencyView.RemovalStats alpha = stats.stream().filter(s -> s.providerId().equals(ALPHA)).findFirst().orElseThrow();
        assertEquals(20, alpha.removals());
        assertEquals(60L, alpha.medianMinutes(), "the 10th of 20 lies in the hour bucket");
        assertEquals(1440L, alpha.p90Minutes());
        assertEquals(3, alpha.overDeadline());
        TransparencyView.RemovalStats beta = stats.stream().filter(s -> s.providerId().equals(BETA)).findFirst().orElseThrow();
        assertEquals(0, beta.overDeadline());
    }

    @Test
    void aCorrectionListsEveryFigureThatDiffersAddedOrGone() {
        List<FigureRow> v1 = List.of(row(Figure.REPORTS_RECEIVED, "", ALPHA, "KNOWN", "", 12),
                row(Figure.REPORTS_RECEIVED, "", ALPHA, "NEW", "", 30), row(Figure.VICTIMS, "NL", null, "", "REQUEST", 11));
        List<FigureRow> v2 = List.of(row(Figure.REPORTS_RECEIVED, "", ALPHA, "KNOWN", "", 13),
                row(Figure.REPORTS_RECEIVED, "", ALPHA, "NEW", "", 30), row(Figure.INDICATORS, "", null, "PDQ", "ADDED", 40));
        List<TransparencyView.Change> changes = view(2, v2, v1).changes();
        assertEquals(3, changes.size(), changes.toString());
        assertEquals(12, changes.get(0).before());
        assertEquals(13, changes.get(0).after());
        assertEquals(Figure.INDICATORS, changes.get(1).row().figure());
        assertEquals(0, changes.get(1).before());
        assertEquals(Figure.VICTIMS, changes.get(2).row().figure());
        assertEquals(0, changes.get(2).after());
        assertTrue(view(1, v1, null).changes().isEmpty());
    }

    @Test
    void theDownloadsSuppressSmallCounts() {
        TransparencyView v = view(1, List.of(row(Figure.REPORTS_RECEIVED, "", ALPHA, "GROOMING", "", 3),
                row(Figure.REPORTS_RECEIVED, "", ALPHA, "KNOWN", "", 12), row(Figure.REMOVAL_TIME, "NL", ALPHA, "REMOVAL", "60", 4)), null);
        String csv = TransparencyDocuments.csv(v);
        assertTrue(csv.contains("REPORTS_RECEIVED,," + ALPHA + ",GROOMING,,\"< 10\"\r\n"), csv);
        assertTrue(csv.contains("REPORTS_RECEIVED,," + ALPHA + ",KNOWN,,12\r\n"), csv);
        assertFalse(csv.contains(",3\r\n"), csv);
        byte[] pdf = TransparencyDocuments.pdf(v);
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        assertNull(v.suppression().value(4));
    }
}
