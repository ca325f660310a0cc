package eu.csar.retention.api;

import eu.csar.legal.api.ProfileKey;

/**
 * Every kind of personal data the platform keeps, each with its retention rule in the legal profile:
 * the period ({@code retention.<rule>.period}) and what happens when it ends
 * ({@code retention.<rule>.action}), both naming their Article. docs/retention.md lists them.
 */
public enum RetentionCategory {
    /** The personal data of a provider's report (Art 13(1)): user identifiers, IP address and port, location, other data; counted from the report's opening. */
    REPORT_PERSONAL_DATA("retention.report-personal-data", ProfileKey.RETENTION__REPORT_PERSONAL_DATA__PERIOD,
            ProfileKey.RETENTION__REPORT_PERSONAL_DATA__ACTION),
    /** An evidence vault item (content data), counted from its storage: destroyed through the vault (crypto-shredding). */
    VAULT_ITEM("retention.vault-item", ProfileKey.RETENTION__VAULT_ITEM__PERIOD, ProfileKey.RETENTION__VAULT_ITEM__ACTION),
    /** A withdrawn victim case: its contact reference and access code, counted from the withdrawal. */
    VICTIM_CASE("retention.victim-case", ProfileKey.RETENTION__VICTIM_CASE__PERIOD, ProfileKey.RETENTION__VICTIM_CASE__ACTION),
    /** Ended victim page sessions and wrong-sign-in counters (hashes of client addresses), counted from their end. */
    VICTIM_SIGN_IN("retention.victim-sign-in", ProfileKey.RETENTION__VICTIM_SIGN_IN__PERIOD, ProfileKey.RETENTION__VICTIM_SIGN_IN__ACTION),
    /** The name behind an audit pseudonym, counted from the actor's last entry; the hash chain keeps the pseudonym only. */
    AUDIT_ACTOR_NAME("retention.audit-actor-name", ProfileKey.RETENTION__AUDIT_ACTOR_NAME__PERIOD,
            ProfileKey.RETENTION__AUDIT_ACTOR_NAME__ACTION),
    /** An active indicator whose Art 46 necessity review is overdue by the period: retired by the indicators' sweep. */
    INDICATOR_REVIEW("retention.indicator-review", ProfileKey.RETENTION__INDICATOR_REVIEW__PERIOD,
            ProfileKey.RETENTION__INDICATOR_REVIEW__ACTION);

    private final String rule;
    private final ProfileKey period;
    private final ProfileKey action;

    RetentionCategory(String rule, ProfileKey period, ProfileKey action) {
        this.rule = rule;
        this.period = period;
        this.action = action;
    }

    /** The rule's name as the profile spells it, e.g. {@code retention.vault-item}. */
    public String rule() {
        return rule;
    }

    public ProfileKey periodKey() {
        return period;
    }

    public ProfileKey actionKey() {
        return action;
    }
}
