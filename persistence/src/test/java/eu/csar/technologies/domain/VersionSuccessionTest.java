package eu.csar.technologies.domain;

import eu.csar.legal.api.ProfileRef;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.technologies.api.TechnologyType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A new version succeeds an approved entry of the same name and type with a higher version; versions compare part by part. */
class VersionSuccessionTest {

    static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");
    static final ProfileRef PROFILE = new ProfileRef("COM-2022-209", 1);

    static Technology entry(String reference, String name, String version, TechnologyType type) {
        return Technology.create(new Technology.Description(reference, name, version, type, "Example Lab (synthetic)",
                "Matches hashes (synthetic)", BigDecimal.ONE, BigDecimal.ONE, "Synthetic test set", null), PROFILE, "admin", T0);
    }

    static Technology approved() {
        Technology t = entry("TECH-SUCC-1", "Synthetic matcher", "2.9", TechnologyType.KNOWN);
        t.submitToCommittee(TechnologyTest.EIGHT_WEEKS, null, "admin", T0);
        t.recordCommitteeOpinion(TechnologyTest.OPINION_DAY, true, "TC-1", "admin", T0);
        t.consultEdpb(TechnologyTest.EIGHT_WEEKS, null, "admin", T0);
        t.recordEdpbOpinion(TechnologyTest.OPINION_DAY, true, "EDPB-1", "admin", T0);
        t.approve(null, "admin", T0);
        return t;
    }

    static RuleViolationException refused(Technology successor, Technology predecessor) {
        return assertThrows(RuleViolationException.class, () -> VersionSuccession.check(successor, predecessor));
    }

    @Test
    void theSuccessorKeepsNameAndTypeWithAHigherVersionOfAnApprovedEntry() {
        Technology predecessor = approved();
        VersionSuccession.check(entry("TECH-SUCC-2", "Synthetic matcher", "2.10", TechnologyType.KNOWN), predecessor);

        RuleViolationException draft = refused(entry("TECH-SUCC-2", "Synthetic matcher", "3.0", TechnologyType.KNOWN),
                entry("TECH-SUCC-0", "Synthetic matcher", "1.0", TechnologyType.KNOWN));
        assertEquals("predecessorReference", draft.field());
        assertTrue(draft.getMessage().contains("TECH-SUCC-0 is DRAFT"), draft.getMessage());
        assertEquals("name", refused(entry("TECH-SUCC-2", "Other matcher", "3.0", TechnologyType.KNOWN), predecessor).field());
        assertEquals("type", refused(entry("TECH-SUCC-2", "Synthetic matcher", "3.0", TechnologyType.NEW), predecessor).field());
        RuleViolationException same = refused(entry("TECH-SUCC-2", "Synthetic matcher", "2.9.0", TechnologyType.KNOWN), predecessor);
        assertEquals("version", same.field());
        assertTrue(same.getMessage().contains("predecessor's 2.9"), same.getMessage());
        assertEquals("version", refused(entry("TECH-SUCC-2", "Synthetic matcher", "2.8", TechnologyType.KNOWN), predecessor).field());
    }

    @Test
    void versionsCompareAtDotsNumericallyWhereBothPartsAreNumbers() {
        assertTrue(VersionSuccession.compareVersions("2.10", "2.9") > 0);
        assertTrue(VersionSuccession.compareVersions("2.0.1", "2") > 0);
        assertTrue(VersionSuccession.compareVersions("2", "2.0.1") < 0);
        assertEquals(0, VersionSuccession.compareVersions("2.0", "2"));
        assertEquals(0, VersionSuccession.compareVersions("2", "2.0"));
        assertTrue(VersionSuccession.compareVersions("1.9", "2.0") < 0);
        assertTrue(VersionSuccession.compareVersions("2.0b", "2.0a") > 0);
        assertTrue(VersionSuccession.compareVersions("10", "9") > 0, "numbers, not text");
        assertTrue(VersionSuccession.compareVersions("1234567890", "999999999") < 0, "beyond 9 digits: as text");
    }
}
