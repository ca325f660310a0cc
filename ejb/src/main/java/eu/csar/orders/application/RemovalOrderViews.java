package eu.csar.orders.application;

import eu.csar.orders.domain.RemovalOrder;

import java.util.List;

/** Turns orders into the views services return. */
final class RemovalOrderViews {

    private RemovalOrderViews() {
    }

    static RemovalOrderView view(RemovalOrder o) {
        List<RemovalOrderView.Item> items = o.items().stream().map(i -> new RemovalOrderView.Item(i.kind(), i.locator())).toList();
        return new RemovalOrderView(o.id(), o.version(), o.reference(), o.issuingMemberState(), o.issuingAuthority(),
                o.providerId(), o.providerName(), o.addressedTo(), o.contactEmail(),
                items, o.reasons(),
                o.profile(), o.state(), o.possibleEvents().stream().map(Enum::name).toList(), o.issuedBy(), o.issuedAt(),
                o.transmittedAt(), o.acknowledgementDueAt(), o.escalatedAt(), o.receivedAt(), o.executionDueAt(),
                o.pausedAt(), o.pauseReason(), o.pauseExplanation(), o.remainingAtPause().orElse(null), o.restartedAt(),
                o.executionOverdueAt(), o.executedAt(), o.executionReportedAt(), o.measureTaken(),
                o.timeToRemoval().orElse(null), o.nonDisclosureUntil(), o.nonDisclosureExtensions(), o.contestedBy(),
                o.contestedAt(), o.courtReference(), o.redressOutcome(), o.redressOutcomeAt(),
                o.history().stream().map(h -> new RemovalOrderView.HistoryRow(h.fromState().orElse(null), h.event(),
                        h.toState(), h.occurredAt(), h.actor(), h.reason(), h.legalBasis())).toList(),
                OrderDigest.sha256(RemovalOrderDigest.canonical(o.id(), o.reference(), o.issuingMemberState(),
                        o.issuingAuthority(), o.issuedAt(), o.providerId(), o.providerName(), o.addressedTo(), items,
                        o.reasons(), o.profile())),
                o.repeatNotices(), o.lastRepeatNoticeAt(), o.onlineChecks().stream().map(c -> new RemovalOrderView.OnlineCheck(
                        c.item(), c.stillOnline(), c.checkedAt(), c.checkedBy())).toList());
    }
}
