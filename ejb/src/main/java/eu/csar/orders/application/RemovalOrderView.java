package eu.csar.orders.application;

import eu.csar.legal.api.ProfileRef;
import eu.csar.orders.api.Addressee;
import eu.csar.orders.api.CannotExecuteReason;
import eu.csar.orders.api.Contestant;
import eu.csar.orders.api.ExecutionMeasure;
import eu.csar.orders.api.RedressOutcome;
import eu.csar.orders.api.RemovalItemKind;
import eu.csar.orders.api.RemovalOrderId;
import eu.csar.orders.api.RemovalOrderState;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A removal order as its readers see it: the Annex IV data, the state, the clocks (acknowledgement,
 * execution with its pause, non-disclosure), the Annex V and VI answers, redress, the time to
 * removal (receipt to execution) and the history. {@code version} changes with every move (ETag).
 * {@code verificationHash} is the SHA-256 of the order's canonical issue data ({@link RemovalOrderDigest}),
 * printed on its annex PDF so that a recipient can check a copy against the platform. After execution
 * (or overdue): the checks whether items are still online and the repeat notices sent (issue 10 §3).
 */
public record RemovalOrderView(RemovalOrderId id, long version, String reference, MemberState issuingMemberState,
                               String issuingAuthority, ProviderId provider, String providerName, Addressee addressedTo,
                               String contactEmail, List<Item> items, String reasons, ProfileRef profile,
                               RemovalOrderState state, List<String> possibleEvents, String issuedBy, Instant issuedAt,
                               Instant transmittedAt, Instant acknowledgementDueAt, Instant escalatedAt, Instant receivedAt,
                               Instant executionDueAt, Instant pausedAt, CannotExecuteReason pauseReason,
                               String pauseExplanation, Duration remainingAtPause, Instant restartedAt,
                               Instant executionOverdueAt, Instant executedAt, Instant executionReportedAt,
                               ExecutionMeasure measureTaken, Duration timeToRemoval, Instant nonDisclosureUntil,
                               int nonDisclosureExtensions, Contestant contestedBy, Instant contestedAt,
                               String courtReference, RedressOutcome redressOutcome, Instant redressOutcomeAt,
                               List<HistoryRow> history, String verificationHash, int repeatNotices,
                               Instant lastRepeatNoticeAt, List<OnlineCheck> onlineChecks) implements Serializable {

    /** A check whether item {@code item} (position from 0) was still online, and who recorded it. */
    public record OnlineCheck(int item, boolean stillOnline, Instant checkedAt, String checkedBy) implements Serializable {
    }

    public record Item(RemovalItemKind kind, String locator) implements Serializable {
    }

    public record HistoryRow(RemovalOrderState from, String event, RemovalOrderState to, Instant at, String actor,
                             String reason, String legalBasis) implements Serializable {
    }
}
