package eu.csar.orders.domain;

import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileKey;
import eu.csar.legal.api.ProfileRef;
import eu.csar.legal.api.ValueKind;
import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static eu.csar.orders.domain.DetectionOrderTestProfiles.COM;
import static eu.csar.orders.domain.DetectionOrderTestProfiles.COUNCIL;
import static eu.csar.orders.domain.DetectionOrderTestProfiles.com;
import static eu.csar.orders.domain.DetectionOrderTestProfiles.comWith;
import static eu.csar.orders.domain.DetectionOrderTestProfiles.ref;
import static eu.csar.orders.domain.DetectionOrderTestProfiles.values;
import static eu.csar.orders.domain.DetectionOrderTestProfiles.without;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which law provides detection orders, read from the real shipped profile files. */
class DetectionOrderProfileTest {

    static final String DPIA = "DATA_PROTECTION_IMPACT_ASSESSMENT";
    static final String DPA = "DATA_PROTECTION_AUTHORITY_CONSULTATION";

    @Test
    void theCommissionProposalProvidesDetectionOrdersWithItsPeriodsAndArticles() {
        DetectionOrderProfile p = com();
        assertEquals(ref(COM), p.ref());
        assertEquals(Set.of(DetectionOrderType.values()), p.types());
        assertEquals(LegalPeriod.weeks(4), p.rule(ProfileKey.DETECTION_ORDER__CENTRE_OPINION_PERIOD).period());
        assertEquals("Art 7(3), first subparagraph, point (b)", p.rule(ProfileKey.DETECTION_ORDER__CENTRE_OPINION_PERIOD).article());
        assertEquals(LegalPeriod.weeks(1), p.rule(ProfileKey.DETECTION_ORDER__CENTRE_OPINION_REMINDER).period(),
                "the EU Centre's inbox is reminded a week before its opinion falls due");
        assertEquals(LegalPeriod.months(3), p.rule(ProfileKey.DETECTION_ORDER__START_EARLIEST).period());
        assertEquals(LegalPeriod.months(12), p.rule(ProfileKey.DETECTION_ORDER__START_LATEST).period());
        assertEquals(LegalPeriod.months(1), p.rule(ProfileKey.DETECTION_ORDER__APPEAL_WINDOW).period());
        assertEquals("Art 9(1), Art 9(2)", p.rule(ProfileKey.DETECTION_ORDER__APPEAL_WINDOW).article());
        assertEquals(LegalPeriod.months(24), p.rule(DetectionOrderType.KNOWN_MATERIAL.maxDurationKey()).period());
        assertEquals(LegalPeriod.months(24), p.rule(DetectionOrderType.NEW_MATERIAL.maxDurationKey()).period());
        assertEquals(LegalPeriod.months(12), p.rule(DetectionOrderType.GROOMING.maxDurationKey()).period());
        assertEquals(LegalPeriod.months(12), p.rule(DetectionOrderType.KNOWN_MATERIAL.midTermReportThresholdKey()).period());
        assertEquals(LegalPeriod.months(6), p.rule(DetectionOrderType.GROOMING.midTermReportThresholdKey()).period());
        assertEquals(Set.of(DetectionOrderClock.values()), p.annexIIPauses());
        assertTrue(p.commentPeriodRule().contains("Coordinating Authority"), p.commentPeriodRule());
        assertEquals("P3M (detection-order.start-earliest, Art 7(9), second subparagraph)",
                p.rule(ProfileKey.DETECTION_ORDER__START_EARLIEST).describe());
    }

    @Test
    void aKeyThatIsNoDetectionOrderPeriodIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> com().rule(ProfileKey.REMOVAL_ORDER__EXECUTION_PERIOD));
    }

    @Test
    void theCouncilGeneralApproachRefusesADetectionOrderAndNamesItself() {
        DetectionOrderNotProvidedException refused = assertThrows(DetectionOrderNotProvidedException.class,
                () -> DetectionOrderProfile.of(ref(COUNCIL), values(COUNCIL)));
        assertEquals(new ProfileRef(COUNCIL, 1), refused.profile());
        assertEquals(RuleViolationException.Code.INVALID, refused.code());
        assertEquals("legalProfile", refused.field());
        assertTrue(refused.getMessage().startsWith("The legal profile COUNCIL-GA-2025 v1 provides no detection orders: "
                + "orders.types lists REMOVAL_ORDER, BLOCKING_ORDER, DELISTING_ORDER, not DETECTION_ORDER"), refused.getMessage());
        assertTrue(refused.getMessage().contains("detection-order.start-earliest is absent"), refused.getMessage());
        assertInstanceOf(RuleViolationException.class, refused, "mapped to a problem like every domain error");
    }

    @Test
    void aProfileWithoutOrderTypesOrWithoutOneValueIsRefusedNamingIt() {
        DetectionOrderNotProvidedException noTypes = assertThrows(DetectionOrderNotProvidedException.class,
                () -> DetectionOrderProfile.of(ref(COM), without(values(COM), ProfileKey.ORDERS__TYPES)));
        assertEquals("The legal profile COM-2022-209 v1 provides no detection orders: orders.types lists nothing, not DETECTION_ORDER",
                noTypes.getMessage());
        DetectionOrderNotProvidedException noWindow = assertThrows(DetectionOrderNotProvidedException.class,
                () -> DetectionOrderProfile.of(ref(COM), without(values(COM), ProfileKey.DETECTION_ORDER__APPEAL_WINDOW)));
        assertEquals("The legal profile COM-2022-209 v1 provides no detection orders: detection-order.appeal-window is absent",
                noWindow.getMessage());
        for (ProfileKey key : List.of(ProfileKey.DETECTION_ORDER__PROVIDER_COMMENT_PERIOD, ProfileKey.DETECTION_ORDER__ANNEX_II_PAUSES,
                ProfileKey.DETECTION_ORDER__GROOMING_EXTRA_STEPS, ProfileKey.DETECTION_ORDER__DETECTION_TYPES)) {
            DetectionOrderNotProvidedException refused = assertThrows(DetectionOrderNotProvidedException.class,
                    () -> DetectionOrderProfile.of(ref(COM), without(values(COM), key)));
            assertTrue(refused.getMessage().endsWith(key.key() + " is absent"), refused.getMessage());
        }
    }

    @Test
    void aValueOfTheWrongKindOrAnUnknownCodeIsRefused() {
        DetectionOrderNotProvidedException kind = assertThrows(DetectionOrderNotProvidedException.class,
                () -> comWith(ProfileKey.DETECTION_ORDER__START_LATEST, ValueKind.TEXT, "twelve months"));
        assertTrue(kind.getMessage().endsWith("detection-order.start-latest is a TEXT, not a DURATION"), kind.getMessage());
        DetectionOrderNotProvidedException list = assertThrows(DetectionOrderNotProvidedException.class,
                () -> comWith(ProfileKey.DETECTION_ORDER__ANNEX_II_PAUSES, ValueKind.TEXT, "START"));
        assertTrue(list.getMessage().endsWith("detection-order.annex-ii-pauses is a TEXT, not a LIST"), list.getMessage());
        DetectionOrderNotProvidedException unknown = assertThrows(DetectionOrderNotProvidedException.class,
                () -> comWith(ProfileKey.DETECTION_ORDER__ANNEX_II_PAUSES, ValueKind.LIST, "START", "APPEAL_WINDOW"));
        assertTrue(unknown.getMessage().endsWith("detection-order.annex-ii-pauses names APPEAL_WINDOW, which the platform does not know"),
                unknown.getMessage());
        DetectionOrderNotProvidedException type = assertThrows(DetectionOrderNotProvidedException.class,
                () -> comWith(ProfileKey.DETECTION_ORDER__DETECTION_TYPES, ValueKind.LIST, "KNOWN_MATERIAL", "LIVESTREAM"));
        assertTrue(type.getMessage().endsWith("detection-order.detection-types names LIVESTREAM, which the platform does not know"),
                type.getMessage());
    }

    @Test
    void aTypeTheProfileDoesNotListIsRefused() {
        DetectionOrderProfile knownOnly = comWith(ProfileKey.DETECTION_ORDER__DETECTION_TYPES, ValueKind.LIST, "KNOWN_MATERIAL");
        assertDoesNotThrow(() -> knownOnly.checkType(DetectionOrderType.KNOWN_MATERIAL));
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> knownOnly.checkType(DetectionOrderType.GROOMING));
        assertEquals("detectionType", refused.field());
        assertEquals(RuleViolationException.Code.INVALID, refused.code());
        assertTrue(refused.getMessage().contains("COM-2022-209 v1") && refused.getMessage().endsWith("not GROOMING"), refused.getMessage());
    }

    @Test
    void aGroomingRequestGoesToTheIssuingAuthorityOnlyWithItsDpiaAndTheDpaOpinion() {
        DetectionOrderProfile p = com();
        assertEquals(List.of(DPIA, DPA), p.missingBeforeSubmission(DetectionOrderType.GROOMING, Set.of()));
        assertEquals(List.of(DPA), p.missingBeforeSubmission(DetectionOrderType.GROOMING, Set.of(DPIA)));
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> p.checkReadyForSubmission(DetectionOrderType.GROOMING, Set.of(DPIA)));
        assertEquals("safeguards", refused.field());
        assertEquals(RuleViolationException.Code.INVALID, refused.code());
        assertTrue(refused.getMessage().contains("[" + DPA + "]") && refused.getMessage().contains("COM-2022-209 v1"),
                refused.getMessage());
        assertDoesNotThrow(() -> p.checkReadyForSubmission(DetectionOrderType.GROOMING, Set.of(DPIA, DPA)));
        for (DetectionOrderType other : List.of(DetectionOrderType.KNOWN_MATERIAL, DetectionOrderType.NEW_MATERIAL)) {
            assertEquals(List.of(), p.missingBeforeSubmission(other, Set.of()));
            assertDoesNotThrow(() -> p.checkReadyForSubmission(other, Set.of()));
        }
    }

    @Test
    void aProfileThatPausesNothingGivesAnEmptyList() {
        DetectionOrderProfile none = DetectionOrderProfile.of(ref(COM),
                DetectionOrderTestProfiles.replaced(values(COM), ProfileKey.DETECTION_ORDER__ANNEX_II_PAUSES, ValueKind.LIST));
        assertEquals(Set.of(), none.annexIIPauses());
    }
}
