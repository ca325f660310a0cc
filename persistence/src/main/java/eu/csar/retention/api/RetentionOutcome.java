package eu.csar.retention.api;

/** What happens to personal data when its retention period ends: the codes of the profiles' {@code retention.*.action} lists. */
public enum RetentionOutcome {
    /** The data are deleted (for a vault item: its wrapped data key, so the ciphertext can never be decrypted again). */
    DELETE,
    /** The personal fields are cleared; the case row (and its statistics) stays. */
    ANONYMISE,
    /** The indicator is retired (Art 46: its necessity was not confirmed in time). */
    RETIRE
}
