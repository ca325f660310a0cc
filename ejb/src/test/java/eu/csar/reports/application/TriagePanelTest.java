package eu.csar.reports.application;

import eu.csar.indicators.api.IndicatorId;
import eu.csar.indicators.api.IndicatorKind;
import eu.csar.indicators.api.IndicatorProvenance;
import eu.csar.indicators.api.IndicatorState;
import eu.csar.indicators.api.ProvenanceSource;
import eu.csar.reports.api.EvidenceKind;
import eu.csar.reports.api.ReportId;
import eu.csar.reports.api.ReportState;
import eu.csar.reports.domain.Report;
import eu.csar.reports.domain.ReportRepository;
import eu.csar.reports.domain.TriageHit;
import eu.csar.reports.domain.TriageResult;
import eu.csar.shared.domain.MemberState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TriagePanelTest {

    static final Instant T = Instant.parse("2026-12-03T10:00:00Z");
    static final UUID INDICATOR = UUID.fromString("11111111-1111-4111-8111-111111111111");
    static final UUID GONE_INDICATOR = UUID.fromString("22222222-2222-4222-8222-222222222222");
    static final UUID EARLIER = UUID.fromString("33333333-3333-4333-8333-333333333333");
    static final UUID GONE_REPORT = UUID.fromString("44444444-4444-4444-8444-444444444444");
    static final String COMPUTED = "ab".repeat(32);

    static Report finished() {
        Report report = ReportSamples.reportWithContent();
        report.finish("h..s", "ES256", "c".repeat(64), "demo-provider-alpha", T);
        return report;
    }

    static IndicatorProvenance indicator() {
        return new IndicatorProvenance(new IndicatorId(INDICATOR), IndicatorKind.PDQ, "known-images", IndicatorState.ACTIVE, List.of(
                new IndicatorProvenance.Link(ProvenanceSource.AUTHORITY_DECISION, MemberState.NL, "Rechtbank Den Haag", "NL-DEC-1",
                        LocalDate.parse("2026-11-20"), "csar-hasher", "1.0", true, T, null)));
    }

    @Test
    void aReportNotTriagedYetShowsNoFindings() {
        TriagePanel panel = TriagePanel.of(null, finished().evidence(), Map.of(), List.of(), List.of());
        assertSame(TriagePanel.NOT_YET, panel);
        assertFalse(panel.triaged());
        assertTrue(panel.items().isEmpty());
    }

    @Test
    void eachItemShowsItsHashesAndItsHitsWithTheIndicatorsProvenanceAndTheEarlierReports() {
        Report report = finished();
        TriageResult triage = new TriageResult(report, "job-1", List.of(
                TriageHit.Found.known(1, EvidenceKind.PDQ, TriageHit.Source.PROVIDED, INDICATOR, 3),
                TriageHit.Found.seenBefore(2, EvidenceKind.MD5, TriageHit.Source.PROVIDED, EARLIER, 0),
                TriageHit.Found.known(3, EvidenceKind.PDQ, TriageHit.Source.COMPUTED, GONE_INDICATOR, 0),
                TriageHit.Found.seenBefore(3, EvidenceKind.PDQ, TriageHit.Source.COMPUTED, GONE_REPORT, 12)), 1, T.plusSeconds(5));
        ReportRepository.Earlier earlier = new ReportRepository.Earlier(new ReportId(EARLIER), ReportState.FORWARD_DECIDED,
                T.minusSeconds(3600));

        TriagePanel panel = TriagePanel.of(triage, report.evidence(), Map.of(3, COMPUTED), List.of(indicator()), List.of(earlier));

        assertTrue(panel.triaged());
        assertEquals(T.plusSeconds(5), panel.completedAt());
        assertTrue(panel.known());
        assertTrue(panel.seenBefore());
        assertEquals(triage.score(), panel.score());
        assertEquals(List.of(1, 2, 3), panel.items().stream().map(TriagePanel.Item::position).toList());

        TriagePanel.Item pdq = panel.items().get(0);
        assertEquals(ReportSamples.PDQ, pdq.providedHash());
        assertNull(pdq.computedPdq(), "no content behind a provided hash");
        assertEquals(List.of(new TriagePanel.Known(EvidenceKind.PDQ, TriageHit.Source.PROVIDED, 3, INDICATOR, indicator())), pdq.known());
        assertEquals("NL-DEC-1", pdq.known().get(0).indicator().links().get(0).decisionReference());
        assertTrue(pdq.earlier().isEmpty());

        TriagePanel.Item md5 = panel.items().get(1);
        assertTrue(md5.known().isEmpty());
        assertEquals(List.of(new TriagePanel.Earlier(EvidenceKind.MD5, TriageHit.Source.PROVIDED, 0, new ReportId(EARLIER),
                ReportState.FORWARD_DECIDED, T.minusSeconds(3600))), md5.earlier());

        TriagePanel.Item content = panel.items().get(2);
        assertEquals(ReportSamples.CONTENT_SHA256, content.providedHash());
        assertEquals(COMPUTED, content.computedPdq());
        assertNull(content.known().get(0).indicator(), "an indicator that no longer exists is named by its id only");
        assertEquals(GONE_INDICATOR, content.known().get(0).indicatorId());
        assertEquals(TriageHit.Source.COMPUTED, content.known().get(0).source());
        assertNull(content.earlier().get(0).state(), "an earlier report that no longer exists");
        assertEquals(12, content.earlier().get(0).distance());
    }

    @Test
    void anItemWithoutHitsSaysSo() {
        Report report = finished();
        TriageResult triage = new TriageResult(report, "job-1", List.of(), 0, T);
        TriagePanel panel = TriagePanel.of(triage, report.evidence(), Map.of(), List.of(), List.of());
        assertFalse(panel.known());
        assertFalse(panel.seenBefore());
        assertTrue(panel.items().stream().noneMatch(TriagePanel.Item::hasHits));
    }
}
