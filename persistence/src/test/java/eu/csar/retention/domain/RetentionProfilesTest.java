package eu.csar.retention.domain;

import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileValue;
import eu.csar.legal.api.ValueKind;
import eu.csar.legal.domain.ProfileDocument;
import eu.csar.legal.domain.ShippedProfileFiles;
import eu.csar.retention.api.RetentionCategory;
import eu.csar.retention.api.RetentionOutcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Every kind of personal data has its retention rule (period, outcome, Article) in both shipped profiles. */
class RetentionProfilesTest {

    static Stream<ProfileDocument> profiles() {
        return ShippedProfileFiles.documents().stream();
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void everyCategoryHasAPeriodAnOutcomeAndItsArticle(ProfileDocument profile) {
        Map<String, ProfileValue> values = profile.values().stream().collect(Collectors.toMap(ProfileValue::key, Function.identity()));
        for (RetentionCategory category : RetentionCategory.values()) {
            ProfileValue period = values.get(category.periodKey().key());
            ProfileValue action = values.get(category.actionKey().key());
            assertNotNull(period, profile.profileId() + " lacks " + category.periodKey().key());
            assertNotNull(action, profile.profileId() + " lacks " + category.actionKey().key());
            assertEquals(ValueKind.DURATION, period.kind(), category.name());
            assertNotNull(LegalPeriod.parse(period.text()));
            assertEquals(1, action.items().size(), category.name());
            RetentionOutcome outcome = RetentionOutcome.valueOf(action.items().get(0));
            assertEquals(category == RetentionCategory.INDICATOR_REVIEW, outcome == RetentionOutcome.RETIRE, category.name());
            assertFalse(period.article().isBlank(), category.name());
            assertEquals(period.article(), action.article(), "period and outcome of one rule cite the same Article: " + category);
        }
        assertEquals(ValueKind.DURATION, values.get("retention.extension-max").kind());
    }
}
