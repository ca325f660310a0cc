package eu.csar.retention.domain;

import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileRef;
import eu.csar.retention.api.RetentionCategory;
import eu.csar.retention.api.RetentionOutcome;
import eu.csar.retention.api.RetentionRuleView;
import eu.csar.shared.domain.RuleViolationException;

import java.time.Instant;
import java.util.Objects;

/**
 * One retention rule as the legal profile gives it: the kind of data, its period, what happens when the
 * period ends, and the Article, read through one profile version. Pure: when an item is due, and how
 * far an authority's extension may reach.
 */
public record RetentionRule(RetentionCategory category, LegalPeriod period, RetentionOutcome outcome, String article,
                            ProfileRef profile) {

    public RetentionRule {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** Items whose period started at or before this instant are due at {@code now}: the period counted back from now. */
    public Instant cutoff(Instant now) {
        return period.before(now);
    }

    /** When an item whose period started at {@code start} becomes due (without extension). */
    public Instant dueAt(Instant start) {
        return period.after(start);
    }

    /**
     * Whether an item whose period started at {@code start} is due at {@code now}; an extension running
     * until {@code extendedUntil} (null: none) keeps it until then, and ends by itself.
     */
    public boolean isDue(Instant start, Instant extendedUntil, Instant now) {
        boolean periodOver = !start.isAfter(cutoff(now));
        boolean extended = extendedUntil != null && extendedUntil.isAfter(now);
        return periodOver && !extended;
    }

    /**
     * The end of an extension of {@code requested} asked for at {@code now}, bounded by the profile's
     * {@code max}: a longer one is refused naming the field {@code period}.
     */
    public static Instant extensionUntil(Instant now, LegalPeriod requested, LegalPeriod max) {
        Instant until = requested.after(now);
        if (until.isAfter(max.after(now))) {
            throw RuleViolationException.invalid("period", "An extension may last at most " + max.iso()
                    + " (legal profile key retention.extension-max); asked for " + requested.iso());
        }
        return until;
    }

    public RetentionRuleView view() {
        return new RetentionRuleView(category, category.rule(), period.iso(), outcome, article, profile.profileId(), profile.version());
    }

    /** The text of the audit entry and the batch for this rule: its name, Article and profile version. */
    public String describe() {
        return category.rule() + " (" + article + "; " + outcome + " after " + period.iso() + ", profile "
                + profile.profileId() + " v" + profile.version() + ")";
    }
}
