package eu.csar.technologies.domain;

import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** An opinion recorded is one given (dated not after the day, UTC), favourable or not, with its reference; its history text. */
class GivenOpinionTest {

    static final Instant LATE_EVENING = Instant.parse("2026-12-01T23:30:00Z");
    static final LocalDate DAY = LocalDate.parse("2026-12-01");

    static String refusedAt(LocalDate date, Boolean favourable, String reference) {
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> GivenOpinion.check(date, favourable, reference, LATE_EVENING));
        assertEquals(RuleViolationException.Code.INVALID, refused.code());
        return refused.field();
    }

    @Test
    void anOpinionHasADateNotAfterTodayWhetherFavourableAndAReference() {
        GivenOpinion.check(DAY, true, "TC-1", LATE_EVENING);
        GivenOpinion.check(DAY.minusDays(1), false, "r".repeat(Technology.MAX_OPINION_REFERENCE), LATE_EVENING);
        assertEquals("opinionDate", refusedAt(null, true, "TC-1"));
        assertEquals("opinionDate", refusedAt(DAY.plusDays(1), true, "TC-1"), "the next day in UTC is still to come");
        assertEquals("favourable", refusedAt(DAY, null, "TC-1"));
        assertEquals("opinionReference", refusedAt(DAY, true, " "));
        assertEquals("opinionReference", refusedAt(DAY, true, "r".repeat(Technology.MAX_OPINION_REFERENCE + 1)));
    }

    @Test
    void theHistorySaysWhetherFavourableAndTheReference() {
        assertEquals("favourable; TC-1", GivenOpinion.text(true, " TC-1 "));
        assertEquals("not favourable; EDPB-9", GivenOpinion.text(false, "EDPB-9"));
    }
}
