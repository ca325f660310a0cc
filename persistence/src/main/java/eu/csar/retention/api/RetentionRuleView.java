package eu.csar.retention.api;

/** A retention rule as the report shows it: the kind of data, its period, what happens, the Article, the profile version read. */
public record RetentionRuleView(RetentionCategory category, String rule, String period, RetentionOutcome outcome, String article,
                                String profileId, int profileVersion) {
}
