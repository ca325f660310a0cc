package eu.csar.orders.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * What the time-to-removal figures read of one order: its provider, receipt, the reported
 * execution time (null while not executed) and when its execution period ran out (null if never).
 */
public record RemovalTime(UUID providerId, String providerName, Instant receivedAt, Instant executedAt,
                          Instant executionOverdueAt) {
}
