package eu.csar.reports.domain;

import eu.csar.legal.api.ProfileRef;
import eu.csar.reports.api.EvidenceKind;
import eu.csar.reports.api.ReportId;
import eu.csar.reports.api.ReportType;
import eu.csar.shared.domain.ProviderId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Invented report content and synthetic hashes for the report tests: no real material, no real people. */
final class ReportFixtures {

    static final Instant T0 = Instant.parse("2026-12-03T09:00:00Z");
    static final ReportId ID = new ReportId(UUID.fromString("0b7e2f4c-1d3a-4e5b-8c6d-7e8f9a0b1c2d"));
    static final ProfileRef PROFILE = new ProfileRef("COM-2022-209", 1);
    static final ProviderId PROVIDER = ProviderId.of("7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01");
    static final String PDQ = "f".repeat(16) + "0".repeat(16) + "a".repeat(16) + "5".repeat(16);
    static final String MD5 = "0123456789abcdef0123456789abcdef";
    static final String SHA256 = "ab".repeat(32);

    private ReportFixtures() {
    }

    static ReportContent content() {
        return new ReportContent(ReportType.KNOWN, Instant.parse("2026-12-03T08:59:30.123456789Z"), " upload-4711 ",
                "Synthetic test report; no material.", new ReportLocation("192.0.2.10", 443, Instant.parse("2026-12-03T08:00:00Z"), "NL"),
                List.of(" user-abc ", "user-def"), true, "NCMEC-TEST-1", true, false, " Art 12(1) COM(2022) 209 ");
    }

    static Report open() {
        return Report.open(ID, PROFILE, PROVIDER, content(), "alpha-client", T0);
    }

    static List<EvidenceInput> items() {
        return List.of(new EvidenceInput(EvidenceKind.PDQ, PDQ.toUpperCase(), 90), new EvidenceInput(EvidenceKind.MD5, MD5, null),
                new EvidenceInput(EvidenceKind.SHA256, " " + SHA256 + " ", null));
    }
}
