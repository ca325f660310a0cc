package eu.csar.web.orders.rest;

import eu.csar.orders.application.RemovalOrderView;

import java.time.Duration;
import java.util.List;

import static eu.csar.web.orders.rest.OrderResponses.instant;
import static eu.csar.web.orders.rest.OrderResponses.name;

/**
 * A removal order as the partner API shows it: ids and codes as strings, times as UTC instants,
 * durations as ISO 8601 ({@code timeToRemoval}: receipt to execution; {@code remainingAtPause}: what
 * the execution period had left when an Annex V notice stopped it); {@code verificationHash}: SHA-256 of
 * the order's canonical issue data, printed on its annex PDF; {@code repeatNotices}: the notices sent
 * because an item was still found online after execution or the period's end ({@code onlineChecks}).
 */
public record RemovalOrderDto(String id, long version, String reference, String issuingMemberState, String issuingAuthority,
                              String providerId, String providerName, String addressedTo, String contactEmail,
                              List<Item> items, String reasons, String profile, int profileVersion, String state,
                              List<String> possibleEvents, String issuedBy, String issuedAt, String transmittedAt,
                              String acknowledgementDueAt, String escalatedAt, String receivedAt, String executionDueAt,
                              String pausedAt, String pauseReason, String pauseExplanation, String remainingAtPause,
                              String restartedAt, String executionOverdueAt, String executedAt, String executionReportedAt,
                              String measureTaken, String timeToRemoval, String nonDisclosureUntil,
                              int nonDisclosureExtensions, String contestedBy, String contestedAt, String courtReference,
                              String redressOutcome, String redressOutcomeAt, List<HistoryRow> history,
                              String verificationHash, int repeatNotices, String lastRepeatNoticeAt,
                              List<OnlineCheck> onlineChecks) {

    /** A check whether item {@code item} (position from 0) was still online. */
    public record OnlineCheck(int item, boolean stillOnline, String checkedAt, String checkedBy) {
    }

    public record Item(String kind, String locator) {
    }

    public record HistoryRow(String from, String event, String to, String at, String actor, String reason, String legalBasis) {
    }

    static RemovalOrderDto of(RemovalOrderView v) {
        return new RemovalOrderDto(v.id().toString(), v.version(), v.reference(), v.issuingMemberState().name(),
                v.issuingAuthority(), v.provider().toString(), v.providerName(), name(v.addressedTo()), v.contactEmail(),
                v.items().stream().map(i -> new Item(i.kind().name(), i.locator())).toList(), v.reasons(),
                v.profile().profileId(), v.profile().version(), v.state().name(), v.possibleEvents(), v.issuedBy(),
                instant(v.issuedAt()), instant(v.transmittedAt()), instant(v.acknowledgementDueAt()),
                instant(v.escalatedAt()), instant(v.receivedAt()), instant(v.executionDueAt()), instant(v.pausedAt()),
                name(v.pauseReason()), v.pauseExplanation(), d(v.remainingAtPause()), instant(v.restartedAt()),
                instant(v.executionOverdueAt()), instant(v.executedAt()), instant(v.executionReportedAt()),
                name(v.measureTaken()), d(v.timeToRemoval()), instant(v.nonDisclosureUntil()), v.nonDisclosureExtensions(),
                name(v.contestedBy()), instant(v.contestedAt()), v.courtReference(), name(v.redressOutcome()),
                instant(v.redressOutcomeAt()),
                v.history().stream().map(h -> new HistoryRow(name(h.from()), h.event(), h.to().name(), instant(h.at()),
                        h.actor(), h.reason(), h.legalBasis())).toList(),
                v.verificationHash(), v.repeatNotices(), instant(v.lastRepeatNoticeAt()),
                v.onlineChecks().stream().map(c -> new OnlineCheck(c.item(), c.stillOnline(), instant(c.checkedAt()),
                        c.checkedBy())).toList());
    }

    private static String d(Duration d) {
        return d == null ? null : d.toString();
    }
}
