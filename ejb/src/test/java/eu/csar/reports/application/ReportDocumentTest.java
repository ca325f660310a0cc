package eu.csar.reports.application;

import eu.csar.reports.api.ReportType;
import eu.csar.reports.domain.Report;
import eu.csar.reports.domain.ReportContent;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The canonical document a provider signs, against a fixed string written out by hand: members in
 * RFC 8785 order, optional members left out, evidence in attachment order, times as ISO_INSTANT.
 * If this test changes, every provider's signing code changes: bump {@link ReportDocument#VERSION}.
 */
class ReportDocumentTest {

    @Test
    void theDocumentIsExactlyTheDefinedString() {
        assertEquals(ReportSamples.CANONICAL, ReportDocument.canonical(ReportSamples.report()));
    }

    @Test
    void contentHeldInTheVaultIsItsSha256MarkedVaultAndTheHashItemsKeepTheirShape() {
        String document = ReportDocument.canonical(ReportSamples.reportWithContent());
        assertEquals(ReportSamples.CANONICAL_WITH_CONTENT, document);
        assertTrue(document.startsWith(ReportSamples.CANONICAL.substring(0, ReportSamples.CANONICAL.indexOf("}],"))),
                "the hash-only items are written exactly as before content could be attached");
        assertFalse(ReportSamples.CANONICAL.contains("vault"), "no vault member without content");
    }

    @Test
    void optionalMembersAreLeftOutAndListsStayEvenWhenEmpty() {
        ReportContent bare = new ReportContent(ReportType.GROOMING, Instant.parse("2026-12-03T08:59:30.123456Z"), null, null,
                null, List.of(), false, null, false, true, "Art 12(1)");
        Report report = Report.open(ReportSamples.ID, ReportSamples.PROFILE,
                ReportSamples.PROVIDER, bare, "a", Instant.parse("2026-12-03T09:00:00Z"));
        assertEquals("{\"csarReport\":1,\"evidence\":[],\"id\":\"0b7e2f4c-1d3a-4e5b-8c6d-7e8f9a0b1c2d\",\"legalBasis\":\"Art 12(1)\","
                + "\"provider\":\"7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01\",\"removedOrDisabled\":false,\"reportedToThirdCountry\":false,"
                + "\"timestamp\":\"2026-12-03T08:59:30.123456Z\",\"type\":\"GROOMING\",\"urgent\":true,\"userIdentifiers\":[]}",
                ReportDocument.canonical(report));
    }

    @Test
    void publicUrlsAreSignedInTheOrderSentOnlyWhenTheReportNamesAny() {
        ReportContent withUrls = new ReportContent(ReportType.GROOMING, Instant.parse("2026-12-03T08:59:30.123456Z"), null, null,
                null, List.of(), false, null, false, true, "Art 12(1)", List.of("https://host.example.org/b", "http://host.example.net/a"));
        Report report = Report.open(ReportSamples.ID, ReportSamples.PROFILE,
                ReportSamples.PROVIDER, withUrls, "a", Instant.parse("2026-12-03T09:00:00Z"));
        assertEquals("{\"csarReport\":1,\"evidence\":[],\"id\":\"0b7e2f4c-1d3a-4e5b-8c6d-7e8f9a0b1c2d\",\"legalBasis\":\"Art 12(1)\","
                + "\"provider\":\"7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01\","
                + "\"publicUrls\":[\"https://host.example.org/b\",\"http://host.example.net/a\"],"
                + "\"removedOrDisabled\":false,\"reportedToThirdCountry\":false,"
                + "\"timestamp\":\"2026-12-03T08:59:30.123456Z\",\"type\":\"GROOMING\",\"urgent\":true,\"userIdentifiers\":[]}",
                ReportDocument.canonical(report));
    }

    @Test
    void textIsEscapedAsJcsSays() {
        assertEquals("{\"a\":\"\\u001f\\\"é€\",\"b\":1}", ReportDocument.canonicalise("{ \"b\" : 1.0, \"a\":\"\\u001F\\\"\\u00e9€\" }"));
        assertThrows(UncheckedIOException.class, () -> ReportDocument.canonicalise("{"));
    }

    @Test
    void bytesAndDigestAreOfTheUtf8Text() {
        assertArrayEquals("é".getBytes(StandardCharsets.UTF_8), ReportDocument.bytes("é"));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ReportDocument.sha256("abc"));
        assertEquals("2026-12-03T08:00:00Z", ReportDocument.instant(Instant.parse("2026-12-03T08:00:00Z")));
    }
}
