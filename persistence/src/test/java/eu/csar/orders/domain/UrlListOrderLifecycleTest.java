package eu.csar.orders.domain;

import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileRef;
import eu.csar.orders.api.Addressee;
import eu.csar.orders.api.ReassessmentOutcome;
import eu.csar.orders.api.ReassessmentRequester;
import eu.csar.orders.api.UrlListOrderState;
import eu.csar.orders.api.UrlListOrderType;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static eu.csar.orders.api.UrlListOrderState.EXECUTED;
import static eu.csar.orders.api.UrlListOrderState.EXPIRED;
import static eu.csar.orders.api.UrlListOrderState.ISSUED;
import static eu.csar.orders.api.UrlListOrderState.RECEIVED;
import static eu.csar.orders.api.UrlListOrderState.REVOKED;
import static eu.csar.orders.api.UrlListOrderState.TRANSMITTED;
import static eu.csar.orders.api.UrlListOrderType.BLOCKING;
import static eu.csar.orders.api.UrlListOrderType.DELISTING;
import static eu.csar.orders.domain.UrlListOrderEvent.ACKNOWLEDGE;
import static eu.csar.orders.domain.UrlListOrderEvent.ANSWER_REASSESSMENT;
import static eu.csar.orders.domain.UrlListOrderEvent.EXPIRE;
import static eu.csar.orders.domain.UrlListOrderEvent.REASSESS;
import static eu.csar.orders.domain.UrlListOrderEvent.REPORT_EXECUTION;
import static eu.csar.orders.domain.UrlListOrderEvent.REQUEST_REASSESSMENT;
import static eu.csar.orders.domain.UrlListOrderEvent.REVOKE;
import static eu.csar.orders.domain.UrlListOrderEvent.TRANSMIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every (kind, state, event) triple of the blocking-order and delisting-order workflows against the
 * intended moves, written out here independently of the tables, and the order itself moving through
 * each (history row with its legal basis, or nothing changed when refused); plus the rules of issue
 * (entries, reasons, the blocking order's notice and its period of at most the profile's maximum)
 * and of reassessment requests.
 */
class UrlListOrderLifecycleTest {

    static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");
    static final UUID ENTRY = UUID.fromString("00000000-0000-4000-8000-0000000000e1");
    static final UrlListOrder.Blocking TWO_YEARS = new UrlListOrder.Blocking("This page is blocked by order (synthetic)",
            LegalPeriod.years(2), LegalPeriod.years(5), LegalPeriod.years(1));

    static final Map<UrlListOrderState, Map<UrlListOrderEvent, UrlListOrderState>> BLOCKING_INTENDED = Map.of(
            ISSUED, Map.of(TRANSMIT, TRANSMITTED, REVOKE, REVOKED),
            TRANSMITTED, Map.of(ACKNOWLEDGE, RECEIVED, REASSESS, TRANSMITTED, REVOKE, REVOKED, EXPIRE, EXPIRED),
            RECEIVED, Map.of(REPORT_EXECUTION, EXECUTED, REASSESS, RECEIVED, REQUEST_REASSESSMENT, RECEIVED,
                    ANSWER_REASSESSMENT, RECEIVED, REVOKE, REVOKED, EXPIRE, EXPIRED),
            EXECUTED, Map.of(REASSESS, EXECUTED, REQUEST_REASSESSMENT, EXECUTED, ANSWER_REASSESSMENT, EXECUTED,
                    REVOKE, REVOKED, EXPIRE, EXPIRED),
            REVOKED, Map.of(),
            EXPIRED, Map.of());

    static final Map<UrlListOrderState, Map<UrlListOrderEvent, UrlListOrderState>> DELISTING_INTENDED = Map.of(
            ISSUED, Map.of(TRANSMIT, TRANSMITTED, REVOKE, REVOKED),
            TRANSMITTED, Map.of(ACKNOWLEDGE, RECEIVED, REVOKE, REVOKED),
            RECEIVED, Map.of(REPORT_EXECUTION, EXECUTED, REVOKE, REVOKED),
            EXECUTED, Map.of(REVOKE, REVOKED),
            REVOKED, Map.of(),
            EXPIRED, Map.of());

    static UrlListOrderState intended(UrlListOrderType type, UrlListOrderState state, UrlListOrderEvent event) {
        return (type == BLOCKING ? BLOCKING_INTENDED : DELISTING_INTENDED).get(state).get(event);
    }

    static Stream<Arguments> everyKindStateAndEvent() {
        return Arrays.stream(UrlListOrderType.values()).flatMap(type -> Arrays.stream(UrlListOrderState.values())
                .flatMap(state -> Arrays.stream(UrlListOrderEvent.values()).map(event -> Arguments.of(type, state, event))));
    }

    static UrlListOrder issued(UrlListOrderType type) {
        return UrlListOrder.issue(type, "NL-BO-2026-1", MemberState.NL, "Rechtbank Den Haag (demo)",
                ProviderId.of("7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b06"), "Zeta Net", Addressee.POINT_OF_CONTACT,
                "orders@zeta.example", List.of(new UrlListEntry(ENTRY, "https://blocked.example.invalid/a")),
                "synthetic reasons", type == BLOCKING ? TWO_YEARS : null,
                new ProfileRef(type == BLOCKING ? "COM-2022-209" : "COUNCIL-GA-2025", 1), "judge-nl", T0);
    }

    /** Applies {@code event} as the services do, with the arguments each needs. */
    static void apply(UrlListOrder order, UrlListOrderEvent event, Instant at) {
        switch (event) {
            case TRANSMIT -> order.transmit("system", at);
            case ACKNOWLEDGE -> order.acknowledge("provider", at);
            case REPORT_EXECUTION -> order.reportExecution(at, "provider", at);
            case REASSESS -> order.reassess("grounds still hold", LegalPeriod.years(1), "judge-nl", at);
            case REQUEST_REASSESSMENT -> order.requestReassessment(ENTRY, ReassessmentRequester.PROVIDER, "a school's page", "provider", at);
            case ANSWER_REASSESSMENT -> {
                UUID request = order.reassessmentRequests().isEmpty() ? UUID.randomUUID()
                        : order.reassessmentRequests().get(0).id();
                order.answerReassessment(request, ReassessmentOutcome.UPHELD, "checked", "judge-nl", at);
            }
            case REVOKE -> order.revoke("issued in error", "judge-nl", at);
            case EXPIRE -> order.expire("system", at);
        }
    }

    /** An order brought into {@code state} along the workflow's own moves (with an open request where one can be). */
    static UrlListOrder in(UrlListOrderType type, UrlListOrderState state) {
        UrlListOrder order = issued(type);
        List<UrlListOrderEvent> path = switch (state) {
            case ISSUED -> List.of();
            case TRANSMITTED -> List.of(TRANSMIT);
            case RECEIVED -> List.of(TRANSMIT, ACKNOWLEDGE);
            case EXECUTED -> List.of(TRANSMIT, ACKNOWLEDGE, REPORT_EXECUTION);
            case REVOKED -> List.of(REVOKE);
            case EXPIRED -> type == BLOCKING ? List.of(TRANSMIT, EXPIRE) : null;
        };
        if (path == null) {
            return null;
        }
        path.forEach(e -> apply(order, e, T0.plusSeconds(60)));
        if (type == BLOCKING && (state == RECEIVED || state == EXECUTED)) {
            apply(order, REQUEST_REASSESSMENT, T0.plusSeconds(90));
        }
        assertEquals(state, order.state());
        return order;
    }

    @ParameterizedTest(name = "{0}: {1} on {2}")
    @MethodSource("everyKindStateAndEvent")
    void theTableAllowsExactlyTheIntendedMoves(UrlListOrderType type, UrlListOrderState state, UrlListOrderEvent event) {
        var table = UrlListOrderLifecycles.of(type);
        UrlListOrderState intended = intended(type, state, event);
        if (intended != null) {
            assertTrue(table.permits(state, event));
            assertTrue(table.eventsFrom(state).contains(event));
            assertEquals(intended, table.next(state, event));
        } else {
            assertFalse(table.permits(state, event));
            assertFalse(table.eventsFrom(state).contains(event));
            RuleViolationException refused = assertThrows(RuleViolationException.class, () -> table.next(state, event));
            assertEquals(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, refused.code());
        }
    }

    @ParameterizedTest(name = "{0}: {1} on {2}")
    @MethodSource("everyKindStateAndEvent")
    void theOrderMovesAsItsTableSaysAndRecordsEachMove(UrlListOrderType type, UrlListOrderState state, UrlListOrderEvent event) {
        UrlListOrder order = in(type, state);
        if (order == null) {
            assertTrue(DELISTING_INTENDED.get(state).isEmpty(), "a delisting order never reaches " + state);
            return;
        }
        int rows = order.history().size();
        UrlListOrderState intended = intended(type, state, event);
        Instant at = T0.plusSeconds(120);
        if (intended != null) {
            apply(order, event, at);
            assertEquals(intended, order.state());
            assertEquals(at, order.stateChangedAt());
            assertEquals(rows + 1, order.history().size());
            UrlListOrderStatusChange last = order.history().get(rows);
            assertEquals(state, last.fromState().orElseThrow());
            assertEquals(event.name(), last.event());
            assertEquals(intended, last.toState());
            assertEquals(event.legalBasis(type), last.legalBasis());
            assertEquals(UrlListOrderLifecycles.of(type).eventsFrom(intended), order.possibleEvents());
        } else {
            assertThrows(RuleViolationException.class, () -> apply(order, event, at));
            assertEquals(state, order.state());
            assertEquals(rows, order.history().size());
        }
    }

    @Test
    void aBlockingOrderRunsForItsPeriodWithItsNoticeAndAReassessmentDue() {
        UrlListOrder order = issued(BLOCKING);
        assertEquals(ISSUED, order.state());
        assertEquals(UrlListOrderLifecycles.ISSUE, order.history().get(0).event());
        assertEquals("P2Y", order.periodOfApplication());
        assertEquals(T0.atOffset(ZoneOffset.UTC).plusYears(2).toInstant(), order.endsAt());
        assertEquals(T0.atOffset(ZoneOffset.UTC).plusYears(1).toInstant(), order.reassessmentDueAt());
        assertEquals("This page is blocked by order (synthetic)", order.userNotice());
        order.transmit("system", T0);
        Instant later = T0.plusSeconds(3600);
        order.reassess("grounds still hold", LegalPeriod.years(1), "judge-nl", later);
        assertEquals(later.atOffset(ZoneOffset.UTC).plusYears(1).toInstant(), order.reassessmentDueAt(),
                "the next one falls due the interval after the reassessment");
        Instant nearTheEnd = T0.atOffset(ZoneOffset.UTC).plusMonths(18).toInstant();
        order.reassess("grounds still hold", LegalPeriod.years(1), "judge-nl", nearTheEnd);
        assertNull(order.reassessmentDueAt(), "none falls due after the end of the period of application");
        assertEquals(nearTheEnd, order.lastReassessedAt());
    }

    @Test
    void aBlockingOrderIsAtMostTheProfilesMaximumAndHasANotice() {
        RuleViolationException tooLong = assertThrows(RuleViolationException.class, () -> UrlListOrder.issue(BLOCKING, "r",
                MemberState.NL, "a", ProviderId.random(), "p", Addressee.POINT_OF_CONTACT, "e@x.example",
                List.of(new UrlListEntry(ENTRY, "https://x.example.invalid")), "why",
                new UrlListOrder.Blocking("notice", LegalPeriod.months(61), LegalPeriod.years(5), LegalPeriod.years(1)),
                new ProfileRef("COM-2022-209", 1), "judge", T0));
        assertEquals("periodOfApplication", tooLong.field());
        assertNotNull(UrlListOrder.issue(BLOCKING, "r", MemberState.NL, "a", ProviderId.random(), "p",
                Addressee.POINT_OF_CONTACT, "e@x.example", List.of(new UrlListEntry(ENTRY, "https://x.example.invalid")), "why",
                new UrlListOrder.Blocking("notice", LegalPeriod.months(60), LegalPeriod.years(5), LegalPeriod.years(1)),
                new ProfileRef("COM-2022-209", 1), "judge", T0), "exactly the maximum is allowed");
        RuleViolationException noNotice = assertThrows(RuleViolationException.class, () -> UrlListOrder.issue(BLOCKING, "r",
                MemberState.NL, "a", ProviderId.random(), "p", Addressee.POINT_OF_CONTACT, "e@x.example",
                List.of(new UrlListEntry(ENTRY, "https://x.example.invalid")), "why",
                new UrlListOrder.Blocking(" ", LegalPeriod.years(1), LegalPeriod.years(5), LegalPeriod.years(1)),
                new ProfileRef("COM-2022-209", 1), "judge", T0));
        assertEquals("userNotice", noNotice.field());
    }

    @ParameterizedTest
    @EnumSource(UrlListOrderType.class)
    void anOrderNamesDistinctEntriesAndReasons(UrlListOrderType type) {
        UrlListOrder.Blocking blocking = type == BLOCKING ? TWO_YEARS : null;
        assertEquals("entries", assertThrows(RuleViolationException.class, () -> UrlListOrder.issue(type, "r", MemberState.NL,
                "a", ProviderId.random(), "p", Addressee.POINT_OF_CONTACT, "e@x.example", List.of(), "why", blocking,
                new ProfileRef("COUNCIL-GA-2025", 1), "judge", T0)).field());
        assertEquals("entries", assertThrows(RuleViolationException.class, () -> UrlListOrder.issue(type, "r", MemberState.NL,
                "a", ProviderId.random(), "p", Addressee.POINT_OF_CONTACT, "e@x.example",
                List.of(new UrlListEntry(ENTRY, "https://a.example.invalid"), new UrlListEntry(ENTRY, "https://a.example.invalid")),
                "why", blocking, new ProfileRef("COUNCIL-GA-2025", 1), "judge", T0)).field());
        assertEquals("reasons", assertThrows(RuleViolationException.class, () -> UrlListOrder.issue(type, "r", MemberState.NL,
                "a", ProviderId.random(), "p", Addressee.POINT_OF_CONTACT, "e@x.example",
                List.of(new UrlListEntry(ENTRY, "https://a.example.invalid")), " ", blocking,
                new ProfileRef("COUNCIL-GA-2025", 1), "judge", T0)).field());
    }

    @Test
    void aLiftedEntryStaysListedWithItsTimeAndCannotBeRequestedAgain() {
        UrlListOrder order = in(BLOCKING, EXECUTED);
        UUID request = order.reassessmentRequests().get(0).id();
        Instant at = T0.plusSeconds(300);
        order.answerReassessment(request, ReassessmentOutcome.LIFTED, "a school's page, blocked by mistake", "judge-nl", at);
        assertEquals(at, order.entries().get(0).liftedAt());
        assertEquals(ReassessmentOutcome.LIFTED, order.reassessmentRequests().get(0).outcome());
        assertFalse(order.reassessmentRequests().get(0).open());
        assertThrows(RuleViolationException.class,
                () -> order.answerReassessment(request, ReassessmentOutcome.UPHELD, "again", "judge-nl", at));
        assertThrows(RuleViolationException.class,
                () -> order.requestReassessment(ENTRY, ReassessmentRequester.USER, "again", "judge-nl", at));
        assertEquals("entryId", assertThrows(RuleViolationException.class, () -> order.requestReassessment(UUID.randomUUID(),
                ReassessmentRequester.USER, "not in the order", "judge-nl", at)).field());
    }

    @Test
    void anOverdueReassessmentIsMarkedOnceAndOnlyWhileTheOrderIsInForce() {
        UrlListOrder order = in(BLOCKING, EXECUTED);
        assertTrue(order.markReassessmentOverdue(T0.plusSeconds(500)));
        assertFalse(order.markReassessmentOverdue(T0.plusSeconds(600)), "once");
        order.reassess("still needed", LegalPeriod.years(1), "judge-nl", T0.plusSeconds(700));
        assertNull(order.reassessmentOverdueAt());
        order.revoke("no longer needed", "judge-nl", T0.plusSeconds(800));
        assertFalse(order.markReassessmentOverdue(T0.plusSeconds(900)));
        assertFalse(in(DELISTING, EXECUTED).markReassessmentOverdue(T0), "delisting orders are not reassessed");
    }

    @Test
    void everyMoveOfEitherKindHasItsAuditAction() {
        for (UrlListOrderType type : UrlListOrderType.values()) {
            for (UrlListOrderEvent event : UrlListOrderEvent.values()) {
                if (Arrays.stream(UrlListOrderState.values()).anyMatch(s -> UrlListOrderLifecycles.of(type).permits(s, event))) {
                    UrlListOrderAction action = UrlListOrderAction.of(type, event);
                    assertEquals(type.objectType(), action.objectType());
                    assertTrue(action.name().startsWith(type.name() + "_ORDER_"));
                }
            }
            assertEquals(type.objectType(), UrlListOrderAction.issued(type).objectType());
        }
    }

    @Test
    void anOrderKeepsWhatItWasIssuedWithAndWhatEachStepRecorded() {
        UrlListOrder order = issued(BLOCKING);
        assertEquals(BLOCKING, order.type());
        assertEquals("NL-BO-2026-1", order.reference());
        assertEquals(MemberState.NL, order.issuingMemberState());
        assertEquals("Rechtbank Den Haag (demo)", order.issuingAuthority());
        assertEquals(ProviderId.of("7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b06"), order.providerId());
        assertEquals("Zeta Net", order.providerName());
        assertEquals(Addressee.POINT_OF_CONTACT, order.addressedTo());
        assertEquals("orders@zeta.example", order.contactEmail());
        assertEquals("synthetic reasons", order.reasons());
        assertEquals(new ProfileRef("COM-2022-209", 1), order.profile());
        assertEquals("judge-nl", order.issuedBy());
        assertEquals(T0, order.issuedAt());
        assertEquals("https://blocked.example.invalid/a", order.entries().get(0).url());
        assertEquals(ENTRY, order.entries().get(0).indicatorId());
        assertNull(order.entries().get(0).liftedAt());
        assertEquals("Art 16(1), Art 17(1), Annex VII", order.history().get(0).legalBasis());
        assertEquals("judge-nl", order.history().get(0).actor());
        assertTrue(order.reassessmentDeadline().isEmpty());
        assertTrue(order.expiryDeadline().isEmpty());
        UUID reassessment = UUID.randomUUID();
        UUID expiry = UUID.randomUUID();
        order.deadlines(reassessment, expiry);
        order.deadlines(null, null);
        assertEquals(reassessment, order.reassessmentDeadline().orElseThrow());
        assertEquals(expiry, order.expiryDeadline().orElseThrow());

        Instant t1 = T0.plusSeconds(10);
        Instant t2 = T0.plusSeconds(20);
        Instant t3 = T0.plusSeconds(30);
        order.transmit("system", T0);
        order.acknowledge("zeta", t1);
        order.reportExecution(t1.plusSeconds(5), "zeta", t2);
        assertEquals(T0, order.transmittedAt());
        assertEquals(t1, order.receivedAt());
        assertEquals(t1.plusSeconds(5), order.executedAt());
        assertEquals(t2, order.executionReportedAt());
        ReassessmentRequest request = order.requestReassessment(ENTRY, ReassessmentRequester.USER, " a user's complaint ",
                "judge-nl", t2);
        assertEquals(ENTRY, request.indicatorId());
        assertEquals(ReassessmentRequester.USER, request.requestedBy());
        assertEquals("a user's complaint", request.reason());
        assertEquals("judge-nl", request.recordedBy());
        assertEquals(t2, request.requestedAt());
        assertTrue(request.open());
        assertNull(request.outcome());
        order.answerReassessment(request.id(), ReassessmentOutcome.UPHELD, " still on the list ", "judge-nl", t3);
        assertEquals("still on the list", request.answer());
        assertEquals("judge-nl", request.answeredBy());
        assertEquals(t3, request.answeredAt());
        assertNull(order.entries().get(0).liftedAt(), "an upheld entry stays blocked");
        assertEquals("UPHELD on " + ENTRY + ": still on the list", order.history().get(order.history().size() - 1).reason());
        order.revoke(" no longer needed ", "judge-nl", t3);
        assertEquals(t3, order.revokedAt());
        assertNull(order.reassessmentDueAt(), "no reassessment of a revoked order");
        assertEquals("no longer needed", order.history().get(order.history().size() - 1).reason());
        assertNull(order.expiredAt());
    }

    @Test
    void anExecutionTimeLiesBetweenTheReceiptAndNow() {
        UrlListOrder order = in(DELISTING, RECEIVED);
        Instant now = T0.plusSeconds(600);
        assertEquals("executedAt", assertThrows(RuleViolationException.class,
                () -> order.reportExecution(T0, "zeta", now)).field(), "before the receipt");
        assertEquals("executedAt", assertThrows(RuleViolationException.class,
                () -> order.reportExecution(now.plusSeconds(1), "zeta", now)).field(), "in the future");
        order.reportExecution(null, "zeta", now);
        assertEquals(now, order.executedAt(), "none given: now");
        assertNull(order.userNotice());
        assertNull(order.periodOfApplication());
        assertNull(order.endsAt());
        assertEquals(UrlListOrderEvent.DELISTING_BASIS, order.history().get(0).legalBasis());
    }

    @Test
    void anExpiredOrderSaysWhenItsPeriodEnded() {
        UrlListOrder order = in(BLOCKING, EXPIRED);
        assertEquals(T0.plusSeconds(60), order.expiredAt());
        assertNull(order.reassessmentDueAt());
        assertTrue(order.history().get(order.history().size() - 1).reason().contains("P2Y"));
    }

    @Test
    void eachKindNamesItsProfileOrderTypeServiceAndObjectType() {
        assertEquals("BLOCKING_ORDER", BLOCKING.profileOrderType());
        assertEquals("DELISTING_ORDER", DELISTING.profileOrderType());
        assertEquals("INTERNET_ACCESS", BLOCKING.serviceType());
        assertEquals("SEARCH_ENGINE", DELISTING.serviceType());
        assertEquals("blocking order", BLOCKING.label());
        assertEquals("DelistingOrder", DELISTING.objectType());
        OrderTypeNotProvidedException refused = new OrderTypeNotProvidedException(new ProfileRef("COM-2022-209", 1),
                DELISTING.label());
        assertEquals(new ProfileRef("COM-2022-209", 1), refused.profile());
        assertEquals("profile", refused.field());
        assertTrue(refused.getMessage().contains("COM-2022-209") && refused.getMessage().contains("delisting orders"));
        UUID id = UUID.randomUUID();
        assertEquals(id.toString(), eu.csar.orders.api.UrlListOrderId.of(id.toString()).toString());
        assertEquals(id.toString(), new eu.csar.orders.api.ReassessmentRequestId(id).toString());
        assertEquals("DELISTING_ORDER_READ", UrlListOrderAction.read(DELISTING).name());
        assertEquals("BLOCKING_ORDER_LIST_READ", UrlListOrderAction.listRead(BLOCKING).name());
    }
}
