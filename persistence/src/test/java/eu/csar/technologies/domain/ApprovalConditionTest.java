package eu.csar.technologies.domain;

import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Approval needs the Technology Committee's and the EDPB's opinions both favourable; one missing is not favourable. */
class ApprovalConditionTest {

    @Test
    void onlyTwoFavourableOpinionsApprove() {
        ApprovalCondition.check(true, true);
        for (List<Boolean> opinions : List.of(Arrays.asList(true, false), Arrays.asList(false, true), Arrays.asList(null, true),
                Arrays.asList(true, null), Arrays.asList(false, false))) {
            RuleViolationException refused = assertThrows(RuleViolationException.class,
                    () -> ApprovalCondition.check(opinions.get(0), opinions.get(1)), opinions.toString());
            assertEquals(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, refused.code());
            assertEquals("state", refused.field());
            assertTrue(refused.getMessage().contains("both favourable"), refused.getMessage());
        }
    }
}
