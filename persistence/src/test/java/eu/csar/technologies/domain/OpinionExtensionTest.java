package eu.csar.technologies.domain;

import eu.csar.legal.api.LegalPeriod;
import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An opinion's period is extended once, before it ends, and (when the profile says so) announced within the notice period. */
class OpinionExtensionTest {

    static final Instant REQUESTED = Instant.parse("2026-12-03T10:00:00Z");
    static final Instant DUE = Instant.parse("2027-01-28T10:00:00Z");
    static final LegalPeriod ONE_MONTH = LegalPeriod.parse("P1M");

    static String refusal(boolean extended, LegalPeriod notice, Instant at) {
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> OpinionExtension.check(extended, REQUESTED, DUE, notice, at));
        assertEquals(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, refused.code());
        assertEquals("reason", refused.field());
        return refused.getMessage();
    }

    @Test
    void oncePerOpinionAndBeforeThePeriodEnds() {
        OpinionExtension.check(false, REQUESTED, DUE, null, DUE.minusNanos(1000));
        assertTrue(refusal(true, null, REQUESTED).contains("once only"));
        assertTrue(refusal(false, null, DUE).contains("no longer"), "at the due time it is too late");
        assertTrue(refusal(false, null, DUE.plusSeconds(1)).contains("ended on " + DUE));
    }

    @Test
    void announcedWithinTheNoticePeriodFromTheRequestWhenTheProfileGivesOne() {
        Instant noticeEnds = Instant.parse("2027-01-03T10:00:00Z");
        OpinionExtension.check(false, REQUESTED, DUE, ONE_MONTH, noticeEnds);
        String late = refusal(false, ONE_MONTH, noticeEnds.plusSeconds(1));
        assertTrue(late.contains("within P1M of the request (" + REQUESTED + "); that ended on " + noticeEnds), late);
        OpinionExtension.check(false, REQUESTED, DUE, null, noticeEnds.plusSeconds(1));
    }
}
