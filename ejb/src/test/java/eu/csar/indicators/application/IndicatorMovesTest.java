package eu.csar.indicators.application;

import eu.csar.audit.api.AuditAction;
import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.indicators.api.IndicatorId;
import eu.csar.indicators.api.IndicatorKind;
import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.indicators.domain.FlagResolution;
import eu.csar.indicators.domain.Indicator;
import eu.csar.indicators.domain.IndicatorAction;
import eu.csar.indicators.domain.IndicatorChange;
import eu.csar.indicators.domain.IndicatorEvent;
import eu.csar.indicators.domain.IndicatorRepository;
import eu.csar.indicators.domain.MatchAction;
import eu.csar.indicators.domain.MatchRecordRepository;
import eu.csar.indicators.domain.Submission;
import eu.csar.shared.domain.MemberState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one door of indicator moves closes the indicator's open false-positive flags when a reviewer
 * settles it: a retirement resolves them as RETIRED and a confirmation as CONFIRMED, each with the
 * move's reason, the actor and one audit entry per flag; any other move leaves them open.
 */
class IndicatorMovesTest {

    static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    static final IndicatorSetId IMAGES = IndicatorSetId.of("00000000-0000-4000-8000-000000000441");
    static final UUID FLAG_1 = UUID.fromString("00000000-0000-4000-8000-00000000f001");
    static final UUID FLAG_2 = UUID.fromString("00000000-0000-4000-8000-00000000f002");

    record Audited(AuditAction action, Object object, String purpose) {
    }

    record Resolved(IndicatorId indicator, FlagResolution resolution, String reason, String by, Instant at) {
    }

    final List<Audited> audited = new ArrayList<>();
    final List<Resolved> resolved = new ArrayList<>();
    final IndicatorMoves moves = new IndicatorMoves();

    @BeforeEach
    void wire() {
        moves.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        moves.audit = new AuditRecorder() {
            @Override
            public UUID success(AuditAction action, Object objectId, String purpose) {
                audited.add(new Audited(action, objectId, purpose));
                return UUID.randomUUID();
            }

            @Override
            public UUID refusal(AuditAction action, Object objectId, String purpose, AuditOutcome outcome) {
                audited.add(new Audited(action, objectId, outcome + " " + purpose));
                return UUID.randomUUID();
            }

            @Override
            public String actorName() {
                return "reviewer";
            }
        };
        moves.indicators = new IndicatorRepository() {
            @Override
            public void flush() {
            }

            @Override
            public long addChange(IndicatorChange change) {
                return 1;
            }
        };
        moves.flags = new MatchRecordRepository() {
            @Override
            public List<UUID> resolveFlags(IndicatorId indicator, FlagResolution resolution, String reason, String by, Instant at) {
                resolved.add(new Resolved(indicator, resolution, reason, by, at));
                return List.of(FLAG_1, FLAG_2);
            }
        };
        moves.review = new NecessityReview() {
            @Override
            public Instant dueAfter(Instant at) {
                return at.plusSeconds(86_400);
            }
        };
    }

    static Indicator active() {
        Submission submission = Submission.byAuthority(IMAGES, MemberState.NL, "Politie", "NL-2026-1", LocalDate.of(2026, 11, 30),
                "csar-hash", "1", "ca-nl", NOW);
        Indicator indicator = Indicator.submitted(IMAGES, IndicatorKind.PDQ, "f".repeat(64), 90, submission, null, "ca-nl", NOW);
        indicator.apply(IndicatorEvent.VERIFY, null, null, "reviewer2", NOW);
        indicator.apply(IndicatorEvent.ACTIVATE, null, null, "reviewer2", NOW);
        return indicator;
    }

    @Test
    void aRetirementResolvesTheOpenFlagsWithItsReasonAndAuditsEachOne() {
        Indicator indicator = active();
        moves.move(indicator, IndicatorEvent.RETIRE, "the decision was annulled", null);
        assertEquals(List.of(new Resolved(indicator.id(), FlagResolution.RETIRED, "the decision was annulled", "reviewer", NOW)), resolved);
        assertEquals(List.of(IndicatorAction.INDICATOR_RETIRED, MatchAction.INDICATOR_FLAG_RESOLVED, MatchAction.INDICATOR_FLAG_RESOLVED),
                audited.stream().map(Audited::action).toList());
        assertEquals("false-positive flag " + FLAG_1 + " resolved: RETIRED; the decision was annulled", audited.get(1).purpose());
        assertEquals(indicator.id(), audited.get(2).object());
    }

    @Test
    void aConfirmationOutOfQuarantineResolvesThemAsConfirmed() {
        Indicator indicator = active();
        indicator.apply(IndicatorEvent.QUARANTINE, "flood", null, "system", NOW);
        moves.move(indicator, IndicatorEvent.CONFIRM, null, null);
        assertEquals(List.of(new Resolved(indicator.id(), FlagResolution.CONFIRMED, "the indicator was confirmed", "reviewer", NOW)),
                resolved);
    }

    @Test
    void otherMovesLeaveTheFlagsOpen() {
        Indicator indicator = active();
        moves.move(indicator, IndicatorEvent.QUARANTINE, "looks wrong", null);
        moves.move(indicator, IndicatorEvent.CONFIRM, "checked", null);
        moves.move(indicator, IndicatorEvent.DISABLE, "for a week", NOW.plusSeconds(604_800));
        assertEquals(1, resolved.size(), resolved.toString());
        assertTrue(audited.stream().filter(a -> a.action() == MatchAction.INDICATOR_FLAG_RESOLVED).count() == 2);
    }

    @Test
    void aNecessityConfirmationGoesThroughTheSameDoor() {
        IndicatorId id = IndicatorId.of("00000000-0000-4000-8000-000000000777");
        moves.resolveFlags(id, FlagResolution.CONFIRMED, "still necessary");
        assertEquals(List.of(new Resolved(id, FlagResolution.CONFIRMED, "still necessary", "reviewer", NOW)), resolved);
        assertEquals(2, audited.size());
    }
}
