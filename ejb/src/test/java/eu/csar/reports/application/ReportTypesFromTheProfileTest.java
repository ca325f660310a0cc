package eu.csar.reports.application;

import eu.csar.legal.api.ProfileRef;
import eu.csar.reports.api.ReportState;
import eu.csar.reports.api.ReportType;
import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A report's type must be one the legal profile provides ({@code report.abuse-types}); a profile
 * without it refuses the report with a problem naming the field {@code type}, the profile and the
 * types it does provide. And the list line of a report carries what the provider needs to pick one.
 */
class ReportTypesFromTheProfileTest {

    static final ProfileRef PROFILE = new ProfileRef("COM-2022-209", 1);
    static final List<String> SHIPPED = List.of("KNOWN_MATERIAL", "NEW_MATERIAL", "GROOMING");

    @ParameterizedTest
    @EnumSource(ReportType.class)
    void theShippedProfilesProvideEveryType(ReportType type) {
        assertDoesNotThrow(() -> ReportIntake.requireProvided(type, PROFILE, SHIPPED));
    }

    @Test
    void aProfileWithoutGroomingRefusesAGroomingReportNamingTheField() {
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> ReportIntake.requireProvided(ReportType.GROOMING, PROFILE, List.of("KNOWN_MATERIAL", "NEW_MATERIAL")));
        assertEquals("type", refused.field());
        assertTrue(refused.getMessage().contains("provides no reports of type GROOMING"), refused.getMessage());
        assertTrue(refused.getMessage().contains("KNOWN_MATERIAL, NEW_MATERIAL"), refused.getMessage());
        assertDoesNotThrow(() -> ReportIntake.requireProvided(ReportType.KNOWN, PROFILE, List.of("KNOWN_MATERIAL")));
    }

    @Test
    void theSummaryIsTheListLine() {
        ReportSummary s = ReportSummary.of(ReportSamples.report());
        assertEquals(ReportSamples.ID, s.id());
        assertEquals(ReportState.OPEN, s.state());
        assertEquals("upload-4711", s.contentReference());
    }
}
