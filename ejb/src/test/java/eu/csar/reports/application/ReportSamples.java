package eu.csar.reports.application;

import eu.csar.legal.api.ProfileRef;
import eu.csar.reports.api.EvidenceKind;
import eu.csar.reports.api.ReportId;
import eu.csar.reports.api.ReportType;
import eu.csar.reports.domain.EvidenceInput;
import eu.csar.reports.domain.Report;
import eu.csar.reports.domain.ReportContent;
import eu.csar.reports.domain.ReportLocation;
import eu.csar.shared.domain.ProviderId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One invented report with synthetic hashes, the same as docs/reports.md's worked example. */
final class ReportSamples {

    static final ReportId ID = new ReportId(UUID.fromString("0b7e2f4c-1d3a-4e5b-8c6d-7e8f9a0b1c2d"));
    static final ProfileRef PROFILE = new ProfileRef("COM-2022-209", 1);
    static final ProviderId PROVIDER = ProviderId.of("7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01");
    static final String PDQ = "f".repeat(16) + "0".repeat(16) + "a".repeat(16) + "5".repeat(16);
    static final String MD5 = "0123456789abcdef0123456789abcdef";

    private ReportSamples() {
    }

    static Report report() {
        ReportContent content = new ReportContent(ReportType.KNOWN, Instant.parse("2026-12-03T08:59:30Z"), "upload-4711",
                "Synthetic test report; no material.",
                new ReportLocation("192.0.2.10", 443, Instant.parse("2026-12-03T08:00:00.5Z"), "NL"),
                List.of("user-abc"), true, "NCMEC-TEST-1", true, false, "Art 12(1) COM(2022) 209");
        Report report = Report.open(ID, PROFILE, PROVIDER, content, "demo-provider-alpha", Instant.parse("2026-12-03T09:00:00Z"));
        report.attach(List.of(new EvidenceInput(EvidenceKind.PDQ, PDQ, 90), new EvidenceInput(EvidenceKind.MD5, MD5.toUpperCase(), null)),
                Instant.parse("2026-12-03T09:00:01Z"));
        return report;
    }

    /** The vault item and the SHA-256 of a content item (synthetic: no content behind them). */
    static final UUID VAULT_ITEM = UUID.fromString("5e1f0c3a-9b7d-4e2f-8a6c-0d1e2f3a4b5c");
    static final String CONTENT_SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    /** {@link #report()} with content attached into the vault after its two hashes, as the third item. */
    static Report reportWithContent() {
        Report report = report();
        report.attachContent(CONTENT_SHA256, VAULT_ITEM, "image/png", 2048, Instant.parse("2026-12-03T09:00:02Z"));
        return report;
    }

    /** The canonical document of {@link #reportWithContent()}: {@link #CANONICAL} with the third item, marked {@code "vault":true}. */
    static final String CANONICAL_WITH_CONTENT = "{\"contentReference\":\"upload-4711\",\"csarReport\":1,"
            + "\"evidence\":[{\"kind\":\"PDQ\",\"position\":1,\"quality\":90,\"value\":\"" + PDQ + "\"},"
            + "{\"kind\":\"MD5\",\"position\":2,\"value\":\"" + MD5 + "\"},"
            + "{\"kind\":\"SHA256\",\"position\":3,\"value\":\"" + CONTENT_SHA256 + "\",\"vault\":true}],"
            + "\"id\":\"0b7e2f4c-1d3a-4e5b-8c6d-7e8f9a0b1c2d\",\"legalBasis\":\"Art 12(1) COM(2022) 209\","
            + "\"location\":{\"country\":\"NL\",\"ipAddress\":\"192.0.2.10\",\"observedAt\":\"2026-12-03T08:00:00.500Z\",\"port\":443},"
            + "\"otherData\":\"Synthetic test report; no material.\",\"provider\":\"7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01\","
            + "\"removedOrDisabled\":true,\"reportedToThirdCountry\":true,\"thirdCountryReference\":\"NCMEC-TEST-1\","
            + "\"timestamp\":\"2026-12-03T08:59:30Z\",\"type\":\"KNOWN\",\"urgent\":false,\"userIdentifiers\":[\"user-abc\"]}";

    /** The canonical document of {@link #report()}, written out by hand from the definition in ReportDocument. */
    static final String CANONICAL = "{\"contentReference\":\"upload-4711\",\"csarReport\":1,"
            + "\"evidence\":[{\"kind\":\"PDQ\",\"position\":1,\"quality\":90,\"value\":\"" + PDQ + "\"},"
            + "{\"kind\":\"MD5\",\"position\":2,\"value\":\"" + MD5 + "\"}],"
            + "\"id\":\"0b7e2f4c-1d3a-4e5b-8c6d-7e8f9a0b1c2d\",\"legalBasis\":\"Art 12(1) COM(2022) 209\","
            + "\"location\":{\"country\":\"NL\",\"ipAddress\":\"192.0.2.10\",\"observedAt\":\"2026-12-03T08:00:00.500Z\",\"port\":443},"
            + "\"otherData\":\"Synthetic test report; no material.\",\"provider\":\"7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01\","
            + "\"removedOrDisabled\":true,\"reportedToThirdCountry\":true,\"thirdCountryReference\":\"NCMEC-TEST-1\","
            + "\"timestamp\":\"2026-12-03T08:59:30Z\",\"type\":\"KNOWN\",\"urgent\":false,\"userIdentifiers\":[\"user-abc\"]}";
}
