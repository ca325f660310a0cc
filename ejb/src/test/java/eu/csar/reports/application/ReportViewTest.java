package eu.csar.reports.application;

import eu.csar.reports.api.EvidenceKind;
import eu.csar.reports.api.ReportState;
import eu.csar.reports.domain.Report;
import eu.csar.reports.domain.ReportEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a provider reads of its report: its content, evidence, history, next moves and the document to sign. */
class ReportViewTest {

    @Test
    void theViewCarriesEverythingTheProviderSent() {
        Report report = ReportSamples.report();
        ReportView v = ReportView.of(report);
        assertEquals(ReportSamples.ID, v.id());
        assertEquals(ReportSamples.PROVIDER, v.providerId());
        assertEquals(ReportSamples.PROFILE, v.legalProfile(), "the pinned legal-profile version");
        assertEquals(ReportState.OPEN, v.state());
        assertEquals("upload-4711", v.contentReference());
        assertEquals("Synthetic test report; no material.", v.otherData());
        assertEquals("192.0.2.10", v.location().ipAddress());
        assertEquals(List.of("user-abc"), v.userIdentifiers());
        assertTrue(v.reportedToThirdCountry());
        assertEquals("NCMEC-TEST-1", v.thirdCountryReference());
        assertTrue(v.removedOrDisabled());
        assertFalse(v.urgent());
        assertEquals("Art 12(1) COM(2022) 209", v.legalBasis());
        assertEquals(Instant.parse("2026-12-03T08:59:30Z"), v.timestamp());
        assertEquals(Instant.parse("2026-12-03T09:00:00Z"), v.openedAt());
        assertNull(v.finishedAt());
        assertNull(v.signatureAlgorithm());
        assertEquals(List.of(new ReportView.Evidence(1, EvidenceKind.PDQ, ReportSamples.PDQ, 90),
                new ReportView.Evidence(2, EvidenceKind.MD5, ReportSamples.MD5, null)), v.evidence());
        assertEquals(List.of(new ReportView.Move("OPEN", null, ReportState.OPEN, Instant.parse("2026-12-03T09:00:00Z"),
                "demo-provider-alpha", null, "Art 12(1)")), v.history());
        assertEquals(Set.of(ReportEvent.FINISH, ReportEvent.RETRACT), v.possibleEvents());
        assertEquals(ReportSamples.CANONICAL, v.signingInput());
    }

    @Test
    void contentInTheVaultShowsItsItemMediaTypeAndSize() {
        ReportView v = ReportView.of(ReportSamples.reportWithContent());
        assertEquals(new ReportView.Evidence(3, EvidenceKind.SHA256, ReportSamples.CONTENT_SHA256, null, ReportSamples.VAULT_ITEM,
                "image/png", 2048L), v.evidence().get(2));
        assertNull(v.evidence().get(0).vaultItemId());
        assertNull(v.evidence().get(1).mediaType());
        assertNull(v.evidence().get(1).size());
        assertEquals(ReportSamples.CANONICAL_WITH_CONTENT, v.signingInput());
    }

    @Test
    void aFinishedReportShowsItsSignatureAndMoves() {
        Report report = ReportSamples.report();
        report.finish("h..s", "ES256", "c".repeat(64), "demo-provider-alpha", Instant.parse("2026-12-03T09:00:02Z"));
        report.retract("test", "demo-provider-alpha", Instant.parse("2026-12-03T09:00:03Z"));
        ReportView v = ReportView.of(report);
        assertEquals(ReportState.RETRACTED, v.state());
        assertEquals("ES256", v.signatureAlgorithm());
        assertEquals("c".repeat(64), v.signedDocumentSha256());
        assertEquals(Instant.parse("2026-12-03T09:00:02Z"), v.finishedAt());
        assertEquals(Instant.parse("2026-12-03T09:00:03Z"), v.retractedAt());
        assertEquals(ReportState.OPEN, v.history().get(1).from());
        assertEquals("RETRACT", v.history().get(2).event());
        assertEquals(Set.of(), v.possibleEvents());
    }

    @Test
    void theDocumentJustSignedIsTheViewsSigningInput() {
        Report report = ReportSamples.report();
        assertEquals(ReportView.of(report), ReportView.of(report, ReportDocument.canonical(report)),
                "the intake passes the document it verified instead of writing it again");
    }
}
