package eu.csar.legal.domain;

import eu.csar.legal.api.ProfileKey;
import eu.csar.legal.api.ProfileValue;
import eu.csar.legal.api.ReviewStatus;
import eu.csar.transparency.api.Figure;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The two shipped profiles: valid, complete for DOMAIN.md's clocks, every value pending legal review. */
class ShippedProfileFilesTest {

    static Map<String, ProfileValue> values(String profile) {
        return ShippedProfileFiles.documents().stream().filter(d -> d.profileId().equals(profile)).findFirst().orElseThrow()
                .values().stream().collect(Collectors.toMap(ProfileValue::key, Function.identity()));
    }

    @Test
    void bothProfilesShipAsVersionOneAndEveryValueAwaitsLegalReview() {
        List<ProfileDocument> docs = ShippedProfileFiles.documents();
        assertEquals(List.of("COM-2022-209", "COUNCIL-GA-2025"), docs.stream().map(ProfileDocument::profileId).toList());
        docs.forEach(d -> assertEquals(1, d.version()));
        docs.forEach(d -> d.values().forEach(v -> assertEquals(ReviewStatus.PENDING_LEGAL_REVIEW, v.review(), v.key())));
    }

    @Test
    void theCommissionProposalCarriesTheClocksOfTheDomainBrief() {
        Map<String, ProfileValue> com = values("COM-2022-209");
        Map<String, String> expected = Map.ofEntries(
                Map.entry("risk-assessment.report-period", "P3M"), Map.entry("risk-assessment.update-interval", "P3Y"),
                Map.entry("risk-assessment.update-before-order-expiry", "P2M"),
                Map.entry("risk-assessment.first-assessment-period", "P3M"),
                Map.entry("detection-order.centre-opinion-period", "P4W"), Map.entry("detection-order.start-earliest", "P3M"),
                Map.entry("detection-order.start-latest", "P12M"), Map.entry("detection-order.max-duration.known-material", "P24M"),
                Map.entry("detection-order.max-duration.new-material", "P24M"), Map.entry("detection-order.max-duration.grooming", "P12M"),
                Map.entry("detection-order.mid-term-report-threshold", "P12M"),
                Map.entry("detection-order.mid-term-report-threshold.grooming", "P6M"),
                Map.entry("report.user-information-delay", "P3M"), Map.entry("report.do-not-inform-max", "P18M"),
                Map.entry("removal-order.execution-period", "PT24H"), Map.entry("removal-order.non-disclosure-period", "P6W"),
                Map.entry("removal-order.non-disclosure-extension", "P6W"), Map.entry("removal-order.non-disclosure-max-extensions", "1"),
                Map.entry("blocking-order.max-duration", "P5Y"), Map.entry("technology.opinion-period", "P8W"),
                Map.entry("technology.opinion-extension", "P6W"), Map.entry("penalty.cap-turnover", "6"),
                Map.entry("penalty.cap-incorrect-information", "1"), Map.entry("penalty.periodic-cap-daily-turnover", "5"),
                Map.entry("retention.provider-max", "P12M"), Map.entry("transparency.provider-report-due", "--01-31"),
                Map.entry("transparency.ca-report-due", "--03-31"), Map.entry("transparency.centre-report-due", "--06-30"));
        expected.forEach((key, value) -> assertEquals(value, com.get(key).text(), key));
        assertEquals(List.of("DETECTION_ORDER", "REMOVAL_ORDER", "BLOCKING_ORDER"), com.get("orders.types").items());
        Set<String> annexes = com.keySet().stream().filter(k -> k.startsWith("annex-")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(8, annexes.size(), annexes.toString());
        com.values().forEach(v -> assertFalse(v.article().isBlank(), v.key()));
    }

    @Test
    void theCouncilTextHasNoAuthorityDetectionOrdersButDelistingVoluntaryDetectionAndRiskCategories() {
        Map<String, ProfileValue> council = values("COUNCIL-GA-2025");
        Map<String, ProfileValue> com = values("COM-2022-209");
        assertEquals(List.of("REMOVAL_ORDER", "BLOCKING_ORDER", "DELISTING_ORDER"), council.get("orders.types").items());
        assertEquals(List.of("VOLUNTARY_DETECTION"), council.get("detection.legal-bases").items());
        assertEquals(List.of("HIGH", "MEDIUM", "LOW"), council.get("risk.categories").items());
        assertTrue(council.keySet().stream().noneMatch(k -> k.startsWith("detection-order.")));
        ProfileValue removal = council.get("removal-order.execution-period");
        assertEquals("COM-2022-209", removal.inheritedFrom());
        assertEquals(com.get("removal-order.execution-period").text(), removal.text());
        council.values().stream().filter(ProfileValue::inherited)
                .forEach(v -> assertTrue(v.sameValueAs(com.get(v.key())), "inherited as the Commission has it: " + v.key()));
    }

    @Test
    void theKeyConstantsAreExactlyTheShippedKeys() {
        Set<String> shipped = ShippedProfileFiles.documents().stream().flatMap(d -> d.keys().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> constants = java.util.Arrays.stream(ProfileKey.values()).map(ProfileKey::key)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(shipped, constants);
        assertEquals(ProfileKey.REMOVAL_ORDER__EXECUTION_PERIOD, ProfileKey.of("removal-order.execution-period").orElseThrow());
    }

    @Test
    void everyTransparencyFigureListNamesKnownFiguresAndTheCentreAndAuthoritiesCountReceiptsByMemberStateAndVictimsRequests() {
        for (String profile : List.of("COM-2022-209", "COUNCIL-GA-2025")) {
            Map<String, ProfileValue> values = values(profile);
            for (String key : List.of("transparency.centre-figures", "transparency.ca-figures", "transparency.provider-figures")) {
                values.get(key).items().forEach(Figure::valueOf);
            }
            for (String key : List.of("transparency.centre-figures", "transparency.ca-figures")) {
                assertTrue(values.get(key).items().containsAll(List.of(Figure.REPORTS_RECEIVED_BY_MS.name(),
                        Figure.VICTIM_REQUESTS.name())), profile + " " + key);
            }
            assertFalse(values.get("transparency.provider-figures").items().contains(Figure.VICTIM_REQUESTS.name()),
                    "a provider has no part in victims' requests");
        }
    }

    @Test
    void theAuditActionIsRecordedAgainstTheProfile() {
        assertEquals("LegalProfile", LegalAction.LEGAL_PROFILE_IMPORTED.objectType());
        assertEquals("LEGAL_PROFILE_IMPORTED", LegalAction.LEGAL_PROFILE_IMPORTED.name(), "the stored code");
    }
}
