package eu.csar.web.orders.portal;

import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.legal.api.LegalPeriod;
import eu.csar.orders.application.DetectionOrderView;
import eu.csar.orders.application.NewDetectionOrder;
import eu.csar.orders.domain.DetectionOrderState;
import eu.csar.orders.domain.DetectionOrderType;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The detection order pages: the next deadline each state shows (the earliest unanswered
 * consultation answer, then the appeal window's end, the start, the end), the list's deadline filter,
 * and the wizard's request and its problems' fields.
 */
class DetectionOrderPortalTest {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    /** A view with {@code state} and the given fields; the rest empty. */
    static DetectionOrderView view(DetectionOrderState state, Map<String, Object> fields) {
        RecordComponent[] components = DetectionOrderView.class.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            Object none = components[i].getType() == long.class ? 0L
                    : name.equals("execution") ? new DetectionOrderView.Execution(null, null, null, null, null, null, null, null, null)
                    : null;
            args[i] = name.equals("state") ? state : fields.getOrDefault(name, none);
        }
        try {
            return DetectionOrderView.class.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new)).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void inConsultationTheEarliestUnansweredAnswerIsNextAndOverdueOncePast() {
        Instant comments = NOW.plus(Duration.ofDays(14));
        Instant opinion = NOW.plus(Duration.ofDays(28));
        RemovalOrderDeadline d = DetectionOrderDeadline.of(view(DetectionOrderState.IN_CONSULTATION,
                Map.of("commentsDueAt", comments, "opinionDueAt", opinion)), NOW);
        assertEquals("comments", d.kind());
        assertEquals(comments, d.dueAt());
        assertEquals(Duration.ofDays(14).toSeconds(), d.getSecondsLeft());
        assertFalse(d.overdue());

        RemovalOrderDeadline commented = DetectionOrderDeadline.of(view(DetectionOrderState.IN_CONSULTATION,
                Map.of("commentsDueAt", comments, "commentsAt", NOW, "opinionDueAt", opinion)), NOW);
        assertEquals("opinion", commented.kind());
        assertEquals(opinion, commented.dueAt());

        RemovalOrderDeadline late = DetectionOrderDeadline.of(view(DetectionOrderState.IN_CONSULTATION,
                Map.of("commentsDueAt", comments, "commentsAt", NOW, "opinionDueAt", opinion)), opinion);
        assertTrue(late.overdue(), "due now is overdue");
        assertEquals(0, late.getSecondsLeft());

        RemovalOrderDeadline answered = DetectionOrderDeadline.of(view(DetectionOrderState.IN_CONSULTATION,
                Map.of("commentsDueAt", comments, "commentsAt", NOW, "opinionDueAt", opinion, "opinionAt", NOW)), NOW);
        assertEquals("none", answered.kind());
        assertFalse(answered.isRunning());
    }

    @Test
    void fromTheReceiptTheAppealWindowThenTheStartThenTheEnd() {
        Instant closes = NOW.plus(Duration.ofDays(30));
        Instant start = NOW.plus(Duration.ofDays(100));
        Instant end = NOW.plus(Duration.ofDays(465));
        Map<String, Object> dates = Map.of("appealWindowClosesAt", closes, "start", start, "end", end);
        assertEquals(closes, DetectionOrderDeadline.of(view(DetectionOrderState.RECEIVED, dates), NOW).dueAt());
        assertEquals("final", DetectionOrderDeadline.of(view(DetectionOrderState.PAUSED_BEFORE_FINAL, dates), NOW).kind());
        assertEquals(start, DetectionOrderDeadline.of(view(DetectionOrderState.FINAL, dates), NOW).dueAt());
        assertEquals("start", DetectionOrderDeadline.of(view(DetectionOrderState.PAUSED_BEFORE_START, dates), NOW).kind());
        for (DetectionOrderState s : List.of(DetectionOrderState.IN_FORCE, DetectionOrderState.PAUSED_IN_FORCE)) {
            RemovalOrderDeadline d = DetectionOrderDeadline.of(view(s, dates), NOW);
            assertEquals("end", d.kind(), s.name());
            assertEquals(end, d.dueAt(), s.name());
        }
        for (DetectionOrderState s : List.of(DetectionOrderState.DRAFTED, DetectionOrderState.SUBMITTED,
                DetectionOrderState.TRANSMITTED, DetectionOrderState.EXPIRED, DetectionOrderState.REVOKED)) {
            assertEquals("none", DetectionOrderDeadline.of(view(s, dates), NOW).kind(), s.name());
        }
        assertEquals("none", DetectionOrderDeadline.of(view(DetectionOrderState.RECEIVED, Map.of()), NOW).kind(),
                "no date, no deadline");
    }

    @Test
    void theDeadlineFilterKeepsOverdueOrDueWithinItsWindow() {
        RemovalOrderDeadline inFiveDays = new RemovalOrderDeadline("opinion", NOW.plus(Duration.ofDays(5)), Duration.ofDays(5), false);
        RemovalOrderDeadline inTwentyDays = new RemovalOrderDeadline("final", NOW.plus(Duration.ofDays(20)), Duration.ofDays(20), false);
        RemovalOrderDeadline overdue = new RemovalOrderDeadline("opinion", NOW.minus(Duration.ofDays(1)), Duration.ofDays(-1), true);
        RemovalOrderDeadline none = new RemovalOrderDeadline("none", null, null, false);
        assertTrue(DetectionOrderListPage.matches(none, ""));
        assertTrue(DetectionOrderListPage.matches(none, "P999D"), "not a choice: no filter");
        assertTrue(DetectionOrderListPage.matches(overdue, "overdue"));
        assertFalse(DetectionOrderListPage.matches(inFiveDays, "overdue"));
        assertTrue(DetectionOrderListPage.matches(inFiveDays, "P7D"));
        assertFalse(DetectionOrderListPage.matches(inTwentyDays, "P7D"));
        assertTrue(DetectionOrderListPage.matches(inTwentyDays, "P30D"));
        assertFalse(DetectionOrderListPage.matches(overdue, "P30D"), "an overdue one is in the overdue filter");
        assertFalse(DetectionOrderListPage.matches(none, "P30D"));
    }

    @Test
    void theWizardsRequestNamesTheServiceAndItsPartAndTheChosenSets() {
        DraftDetectionOrderPage page = new DraftDetectionOrderPage();
        String set = UUID.randomUUID().toString();
        String provider = UUID.randomUUID().toString();
        page.setReference(" IT-1 ");
        page.setProvider(provider);
        page.setService("AlphaDrive");
        page.setServicePart(" public links ");
        page.setType(DetectionOrderType.KNOWN_MATERIAL);
        page.setIndicatorSets(List.of(set, "not-a-set"));
        page.setDurationMonths(12);
        page.setProfile("COM-2022-209");
        NewDetectionOrder o = page.newOrder();
        assertEquals("IT-1", o.reference());
        assertEquals(provider, o.provider().value().toString());
        assertEquals("AlphaDrive - public links", o.service());
        assertEquals(Set.of(new IndicatorSetId(UUID.fromString(set))), o.indicatorSets());
        assertEquals(LegalPeriod.months(12), o.duration());
        assertNull(o.memberState(), "the service derives it from the provider's jurisdiction");

        page.setServicePart("  ");
        page.setDurationMonths(null);
        page.setProvider("nonsense");
        NewDetectionOrder plain = page.newOrder();
        assertEquals("AlphaDrive", plain.service());
        assertNull(plain.duration());
        assertNull(plain.provider());
    }

    @Test
    void eachProblemGoesToItsWizardField() {
        assertEquals("draft:reference", DraftDetectionOrderPage.clientIdFor("reference"));
        assertEquals("draft:provider", DraftDetectionOrderPage.clientIdFor("providerId"));
        assertEquals("draft:sets", DraftDetectionOrderPage.clientIdFor("indicatorSets[].<iterable element>"));
        assertEquals("draft:technology", DraftDetectionOrderPage.clientIdFor("technologyReference"));
        assertEquals("draft:duration", DraftDetectionOrderPage.clientIdFor("duration"));
        assertNull(DraftDetectionOrderPage.clientIdFor("legalProfile"), "the top of the page");
        assertNull(DraftDetectionOrderPage.clientIdFor(null));
        assertEquals("decide:reasons", DetectionOrderDecisionForm.clientIdFor("refuse.arg2"));
        assertEquals("decide:authority", DetectionOrderDecisionForm.clientIdFor("issue.issuingAuthority"));
        assertNull(DetectionOrderDecisionForm.clientIdFor(null));
    }

    @Test
    void inForceTheMidTermReportComesBeforeTheEndUntilItIsGivenAndIsOverdueWhileTheOrderWaitsForIt() {
        Instant half = NOW.plus(Duration.ofDays(200));
        Instant end = NOW.plus(Duration.ofDays(465));
        DetectionOrderView.Execution due = new DetectionOrderView.Execution(half, null, null, null, null, null, null, null, null);
        RemovalOrderDeadline before = DetectionOrderDeadline.of(view(DetectionOrderState.IN_FORCE,
                Map.of("end", end, "execution", due)), NOW);
        assertEquals("midTerm", before.kind());
        assertEquals(half, before.dueAt());
        assertFalse(before.overdue());
        RemovalOrderDeadline waiting = DetectionOrderDeadline.of(view(DetectionOrderState.MID_TERM_REPORT_DUE,
                Map.of("end", end, "execution", due)), half.plus(Duration.ofDays(3)));
        assertEquals("midTerm", waiting.kind());
        assertTrue(waiting.overdue());
        DetectionOrderView.Execution given = new DetectionOrderView.Execution(half, "report", half, null, null, null, null, null, null);
        assertEquals("end", DetectionOrderDeadline.of(view(DetectionOrderState.IN_FORCE, Map.of("end", end, "execution", given)),
                half.plus(Duration.ofDays(3))).kind(), "given: the end is next");
        assertEquals("end", DetectionOrderDeadline.of(view(DetectionOrderState.IN_FORCE, Map.of("end", end, "execution", due)),
                half.plus(Duration.ofDays(1))).kind(), "past the report's date in force means it was given in a pause");
    }
}
