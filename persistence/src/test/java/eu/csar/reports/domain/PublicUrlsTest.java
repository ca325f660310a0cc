package eu.csar.reports.domain;

import eu.csar.reports.api.ReportType;
import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public URLs a report may name: http(s) with a host, no credentials, bounded; kept in order, stripped. */
class PublicUrlsTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://host.example.org/item/1", "http://host.example.net:8080/a?b=c", "HTTPS://HOST.EXAMPLE.ORG/"})
    void httpAndHttpsUrlsWithAHostAreAccepted(String url) {
        assertTrue(PublicUrls.refusal(url).isEmpty(), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://host.example.org/x", "javascript:alert(1)", "file:///etc/passwd", "https:///nohost",
            "https://user:secret@host.example.org/x", "host.example.org/x", "http://exa mple.org/", " "})
    void anythingElseIsRefused(String url) {
        assertTrue(PublicUrls.refusal(url).isPresent(), url);
    }

    @Test
    void aUrlLongerThanTheColumnIsRefused() {
        String base = "https://host.example.org/";
        assertTrue(PublicUrls.refusal(base + "a".repeat(PublicUrls.MAX_LENGTH - base.length())).isEmpty());
        assertTrue(PublicUrls.refusal(base + "a".repeat(PublicUrls.MAX_LENGTH - base.length() + 1)).isPresent());
    }

    @Test
    void aReportKeepsItsUrlsInOrderAndRefusesABadOneByItsIndex() {
        Report report = Report.open(ReportFixtures.ID, ReportFixtures.PROFILE,
                ReportFixtures.PROVIDER, content(List.of(" https://host.example.org/b ",
                "http://host.example.net/a")), "alpha-client", ReportFixtures.T0);
        assertEquals(List.of("https://host.example.org/b", "http://host.example.net/a"), report.publicUrls());
        assertEquals(List.of(), ReportFixtures.open().publicUrls());

        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> Report.open(ReportFixtures.ID,
                ReportFixtures.PROFILE, ReportFixtures.PROVIDER, content(List.of("https://host.example.org/ok", "ftp://host.example.org/x")), "alpha-client",
                ReportFixtures.T0));
        assertEquals("publicUrls[1]", refused.field());
    }

    private static ReportContent content(List<String> urls) {
        return new ReportContent(ReportType.NEW, Instant.parse("2026-12-03T08:59:30Z"), null, null, null, List.of(), false, null,
                false, false, "Art 12(1) COM(2022) 209", urls);
    }
}
