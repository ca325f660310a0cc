package eu.csar.reports.domain;

import eu.csar.reports.api.EvidenceKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A triage record says known and seen before from its hits, names each earlier report once, and scores by the fixed weights. */
class TriageResultTest {

    static final UUID INDICATOR = UUID.fromString("00000000-0000-4000-8000-0000000000a1");
    static final UUID EARLIER = UUID.fromString("00000000-0000-4000-8000-0000000000b1");

    @Test
    void withoutHitsNothingIsKnownOrSeen() {
        TriageResult triage = new TriageResult(ReportFixtures.open(), "m-1", List.of(), 0, ReportFixtures.T0);
        assertFalse(triage.known());
        assertFalse(triage.seenBefore());
        assertEquals(0, triage.score());
        assertEquals(List.of(), triage.earlierReports());
        assertEquals(ReportFixtures.ID.value(), triage.reportId());
        assertEquals("m-1", triage.jobMessageId());
    }

    @Test
    void hitsMakeItKnownAndSeenBeforeNamingEachEarlierReportOnce() {
        List<TriageHit.Found> found = List.of(
                TriageHit.Found.known(1, EvidenceKind.PDQ, TriageHit.Source.PROVIDED, INDICATOR, 3),
                TriageHit.Found.seenBefore(1, EvidenceKind.PDQ, TriageHit.Source.PROVIDED, EARLIER, 3),
                TriageHit.Found.seenBefore(2, EvidenceKind.MD5, TriageHit.Source.PROVIDED, EARLIER, 0));
        TriageResult triage = new TriageResult(ReportFixtures.open(), "m-2", found, 1, ReportFixtures.T0);
        assertTrue(triage.known());
        assertTrue(triage.seenBefore());
        assertEquals(TriageScore.KNOWN + TriageScore.SEEN_BEFORE, triage.score());
        assertEquals(List.of(EARLIER), triage.earlierReports());
        assertEquals(3, triage.hits().size());
        assertEquals(INDICATOR, triage.hits().get(0).indicatorId());
        TriageHit md5 = triage.hits().get(2);
        assertEquals(TriageHit.Kind.SEEN_BEFORE, md5.hit());
        assertEquals(2, md5.position());
        assertEquals(EvidenceKind.MD5, md5.hashKind());
        assertEquals(TriageHit.Source.PROVIDED, md5.source());
        assertEquals(EARLIER, md5.earlierReportId());
        assertEquals(0, md5.distance());
        assertEquals(3, triage.hits().get(1).distance());
        assertEquals(1, triage.hashesComputed());
        assertEquals(ReportFixtures.T0, triage.completedAt());
        assertFalse(triage.urgent());
    }

    @Test
    void aHitNamesExactlyWhatItsKindCallsFor() {
        assertThrows(IllegalArgumentException.class, () -> new TriageHit.Found(TriageHit.Kind.KNOWN, 1, EvidenceKind.MD5,
                TriageHit.Source.PROVIDED, null, EARLIER, 0));
        assertThrows(IllegalArgumentException.class, () -> new TriageHit.Found(TriageHit.Kind.SEEN_BEFORE, 1, EvidenceKind.MD5,
                TriageHit.Source.PROVIDED, INDICATOR, EARLIER, 0));
    }

    @Test
    void theScoreIsTheSumOfItsWeights() {
        assertEquals(0, TriageScore.of(false, false, false));
        assertEquals(15, TriageScore.of(true, false, false));
        assertEquals(60, TriageScore.of(false, true, false));
        assertEquals(25, TriageScore.of(false, false, true));
        assertEquals(100, TriageScore.of(true, true, true));
    }
}
