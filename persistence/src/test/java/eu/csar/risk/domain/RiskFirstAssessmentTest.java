package eu.csar.risk.domain;

import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileRef;
import eu.csar.risk.api.RiskAssessmentId;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first assessment's clock (Art 3(4), first subparagraph): overdue once while unmet, met once, then quiet. */
class RiskFirstAssessmentTest {

    static final Instant REGISTERED = Instant.parse("2026-01-10T08:00:00Z");
    static final UUID DEADLINE = UUID.randomUUID();

    static RiskFirstAssessment started() {
        Instant due = RiskDueDates.firstAssessment(LegalPeriod.parse("P3M"), REGISTERED);
        return RiskFirstAssessment.start(ProviderId.random(), "Zeta Hosting (synthetic)", Set.of(MemberState.NL, MemberState.BE),
                new ProfileRef("COM-2022-209", 1), REGISTERED, due, DEADLINE);
    }

    @Test
    void dueTheProfilesPeriodAfterRegistration() {
        RiskFirstAssessment f = started();
        assertEquals(Instant.parse("2026-04-10T08:00:00Z"), f.dueAt());
        assertEquals(Set.of(MemberState.BE, MemberState.NL), f.memberStates());
        assertEquals(Optional.empty(), f.overdueSince());
    }

    @Test
    void overdueOnceWhileUnmet() {
        RiskFirstAssessment f = started();
        assertTrue(f.markOverdue(f.dueAt()));
        assertFalse(f.markOverdue(f.dueAt().plusSeconds(60)), "the first overdue date stays");
        assertEquals(Optional.of(f.dueAt()), f.overdueSince());
    }

    @Test
    void metOnceAnswersTheDeadlineToCancelAndIsThenNeverOverdue() {
        RiskFirstAssessment f = started();
        RiskAssessmentId first = new RiskAssessmentId(UUID.randomUUID());
        assertEquals(Optional.of(DEADLINE), f.meet(first, REGISTERED.plusSeconds(3600)));
        assertEquals(Optional.empty(), f.meet(new RiskAssessmentId(UUID.randomUUID()), REGISTERED.plusSeconds(7200)),
                "a later assessment changes nothing");
        assertFalse(f.markOverdue(f.dueAt()), "met before it fell due");
        assertTrue(f.metAt().isPresent());
    }
}
