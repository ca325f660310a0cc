package eu.csar.retention.api;

import java.time.Instant;
import java.util.UUID;

/**
 * One executed batch of the retention sweep, as the retention report shows it: the rule, what it did,
 * how many items, the first and last id of the batch (never the personal data), when, and the profile
 * version and Article the rule was read from.
 */
public record RetentionBatchView(UUID id, RetentionCategory category, String rule, RetentionOutcome outcome, int count,
                                 String firstId, String lastId, Instant executedAt, String profileId, int profileVersion,
                                 String article) {
}
