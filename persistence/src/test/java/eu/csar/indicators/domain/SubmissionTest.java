package eu.csar.indicators.domain;

import eu.csar.indicators.api.ProvenanceSource;
import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The four-eyes rule and what a verification leaves of a submission. */
class SubmissionTest {

    @Test
    void theSubmitterNeverVerifiesTheirOwnSubmission() {
        Submission submission = IndicatorLifecycleTest.submission("ca-nl");
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> submission.verify("ca-nl", 3, 0, IndicatorLifecycleTest.T0));
        assertEquals(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, refused.code());
        assertEquals(SubmissionState.SUBMITTED, submission.state());
        assertNull(submission.verifiedBy());
    }

    @Test
    void fourEyesNeedsANamedVerifier() {
        assertThrows(RuleViolationException.class, () -> Submission.requireFourEyes("a", null));
        assertThrows(RuleViolationException.class, () -> Submission.requireFourEyes("a", " "));
        assertThrows(RuleViolationException.class, () -> Submission.requireFourEyes("a", "a"));
        assertDoesNotThrow(() -> Submission.requireFourEyes("a", "b"));
    }

    @Test
    void anotherReviewerVerifiesOnce() {
        Submission submission = IndicatorLifecycleTest.submission("ca-nl");
        assertEquals(ProvenanceSource.AUTHORITY_DECISION, submission.source());
        submission.verify("reviewer", 3, 1, IndicatorLifecycleTest.T0);
        assertEquals(SubmissionState.PARTLY_VERIFIED, submission.state());
        assertEquals("reviewer", submission.verifiedBy());
        assertEquals(IndicatorLifecycleTest.T0, submission.verifiedAt());
        RuleViolationException again = assertThrows(RuleViolationException.class,
                () -> submission.verify("reviewer-2", 3, 0, IndicatorLifecycleTest.T0));
        assertEquals(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, again.code());
        assertEquals("reviewer", submission.verifiedBy());
    }

    @Test
    void theOutcomeFollowsTheRejectedLines() {
        assertEquals(SubmissionState.VERIFIED, Submission.outcome(3, 0));
        assertEquals(SubmissionState.PARTLY_VERIFIED, Submission.outcome(3, 2));
        assertEquals(SubmissionState.REJECTED, Submission.outcome(3, 3));
        assertEquals(SubmissionState.REJECTED, Submission.outcome(0, 0), "nothing to verify: nothing verified");
        assertEquals(SubmissionState.VERIFIED, Submission.outcome(1, 0));
    }

    @Test
    void countsAreKept() {
        Submission submission = IndicatorLifecycleTest.submission("ca-nl");
        submission.counted(5, 2, 1);
        assertEquals(5, submission.lineCount());
        assertEquals(2, submission.linkedCount());
        assertEquals(1, submission.refusedCount());
    }
}
