package eu.csar.indicators.application;

import eu.csar.indicators.api.ProvenanceSource;
import eu.csar.indicators.application.ImportFileReader.RawLine;
import eu.csar.indicators.application.ImportSql.StagedLine;
import eu.csar.indicators.domain.ImportLineParser;
import eu.csar.shared.domain.MemberState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndicatorImportsTest {

    static IndicatorImports.ImportRequest request(ProvenanceSource source, MemberState ms, String authority, String reference,
                                                  LocalDate date) {
        return new IndicatorImports.ImportRequest("known-images", source, ImportLineParser.Format.CSV, false, "f.csv", ms,
                authority, reference, date);
    }

    @Test
    void aThirdPartyListNeedsNoDecision() {
        assertNull(IndicatorImports.fault(request(ProvenanceSource.THIRD_PARTY_LIST, null, null, null, null)));
    }

    @Test
    void anAuthorityDecisionNeedsAuthorityReferenceDateAndMemberState() {
        LocalDate d = LocalDate.of(2026, 11, 30);
        assertNull(IndicatorImports.fault(request(ProvenanceSource.AUTHORITY_DECISION, MemberState.NL, "Politie", "NL-1", d)));
        assertTrue(IndicatorImports.fault(request(ProvenanceSource.AUTHORITY_DECISION, null, "Politie", "NL-1", d)).startsWith("decision: "));
        assertTrue(IndicatorImports.fault(request(ProvenanceSource.AUTHORITY_DECISION, MemberState.NL, " ", "NL-1", d)).startsWith("decision: "));
        assertTrue(IndicatorImports.fault(request(ProvenanceSource.AUTHORITY_DECISION, MemberState.NL, "P", null, d)).startsWith("decision: "));
        assertTrue(IndicatorImports.fault(request(ProvenanceSource.AUTHORITY_DECISION, MemberState.NL, "P", "R", null)).startsWith("decision: "));
        assertTrue(IndicatorImports.fault(request(ProvenanceSource.AUTHORITY_DECISION, MemberState.NL, "P".repeat(201), "R", d))
                .startsWith("decision: "));
        assertTrue(IndicatorImports.fault(request(ProvenanceSource.AUTHORITY_DECISION, MemberState.NL, "P", "R".repeat(201), d))
                .startsWith("decision: "));
        assertNull(IndicatorImports.fault(request(ProvenanceSource.AUTHORITY_DECISION, MemberState.NL, "P".repeat(200), "R".repeat(200), d)));
    }

    @Test
    void onlyListsAndDecisionsAreImportedAndSourceAndFormatAreRequired() {
        assertEquals("source: an import is a third-party list or an authority's decision",
                IndicatorImports.fault(request(ProvenanceSource.VICTIM_REQUEST, null, null, null, null)));
        assertTrue(IndicatorImports.fault(request(ProvenanceSource.CENTRE_REVIEW, null, null, null, null)).startsWith("source: "));
        assertEquals("source: the source is required", IndicatorImports.fault(request(null, null, null, null, null)));
        assertEquals("format: the format is required", IndicatorImports.fault(new IndicatorImports.ImportRequest("known-images",
                ProvenanceSource.THIRD_PARTY_LIST, null, false, null, null, null, null, null)));
        assertTrue(IndicatorImports.fault(new IndicatorImports.ImportRequest("known-images", ProvenanceSource.THIRD_PARTY_LIST,
                ImportLineParser.Format.CSV, false, "n".repeat(256), null, null, null, null)).startsWith("fileName: "));
    }

    static ImportView view(int total, long staged, Instant finished, String jobStatus) {
        return new ImportView(UUID.randomUUID(), "known-images", "THIRD_PARTY_LIST", finished == null ? "IMPORTING" : "SUBMITTED",
                7L, 9L, jobStatus, "CSV", "f.csv", total, staged, 100, 3, 2, "admin", Instant.EPOCH, finished);
    }

    @Test
    void progressIsAtMost99UntilPublishedAnd100After() {
        assertEquals(0, view(0, 0, null, "STARTED").percent());
        assertEquals(50, view(1000, 500, null, "STARTED").percent());
        assertEquals(99, view(1000, 1000, null, "STARTED").percent(), "staged but not yet published");
        assertEquals(100, view(1000, 1000, Instant.EPOCH, "COMPLETED").percent());
        assertEquals(95, view(100, 95, null, "STARTED").acceptedCount());
    }

    @Test
    void aJobRunsUntilPublishedUnlessItsLatestExecutionFailedOrStopped() {
        assertTrue(view(10, 0, null, "STARTED").running());
        assertTrue(view(10, 0, null, null).running(), "not started yet");
        assertFalse(view(10, 0, null, "FAILED").running());
        assertFalse(view(10, 0, null, "STOPPED").running());
        assertFalse(view(10, 0, null, "ABANDONED").running());
        assertFalse(view(10, 10, Instant.EPOCH, "COMPLETED").running());
    }

    @Test
    void aParsedLineIsStagedWithItsIndicatorOrItsReasonAndRawText() {
        ImportLineParser parser = new ImportLineParser(ImportLineParser.Format.CSV, true, EnumSet.allOf(eu.csar.indicators.api.IndicatorKind.class));
        String hash = "ab".repeat(32);
        assertEquals(new StagedLine(3, "PDQ", hash, 80, "/p.jpg", null),
                ImportLineProcessor.stagedLine(parser, new RawLine(3, hash.toUpperCase() + ",80,/p.jpg")));
        assertEquals(new StagedLine(4, null, hash + ",20", null, null, "PDQ quality 20 is below 50"),
                ImportLineProcessor.stagedLine(parser, new RawLine(4, hash + ",20")));
        assertNull(ImportLineProcessor.stagedLine(parser, new RawLine(5, "  ")));
    }

    @Test
    void theFaultHookFiresOnceAtItsLineOnly() {
        ImportFaults faults = new ImportFaults();
        assertFalse(faults.failsAt(5), "disarmed");
        faults.arm(5);
        assertFalse(faults.failsAt(4));
        assertTrue(faults.failsAt(5));
        assertFalse(faults.failsAt(5), "once");
        faults.arm(-3);
        assertFalse(faults.failsAt(0));
    }
}
