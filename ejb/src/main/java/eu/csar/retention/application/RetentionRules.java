package eu.csar.retention.application;

import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileKey;
import eu.csar.legal.api.ProfileRef;
import eu.csar.legal.api.ProfileValue;
import eu.csar.legal.application.LegalProfiles;
import eu.csar.retention.api.RetentionCategory;
import eu.csar.retention.api.RetentionOutcome;
import eu.csar.retention.domain.RetentionRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Reads the retention rules from the newest version of the platform's legal profile ({@value #PROFILE}, as the
 * indicator database's necessity review does): each category's period, outcome and Article.
 */
@ApplicationScoped
public class RetentionRules {

    /** The legal profile the Centre's own processing runs under. */
    public static final String PROFILE = "COM-2022-209";

    @Inject
    LegalProfiles profiles;

    public RetentionRule rule(RetentionCategory category) {
        ProfileRef ref = profiles.pin(PROFILE);
        ProfileValue period = profiles.value(ref, category.periodKey());
        List<String> action = profiles.list(ref, category.actionKey());
        return new RetentionRule(category, LegalPeriod.parse(period.text()), RetentionOutcome.valueOf(action.get(0)),
                period.article(), ref);
    }

    /** How long an authority may extend a case's retention at most ({@code retention.extension-max}). */
    public LegalPeriod extensionMax() {
        return LegalPeriod.parse(profiles.period(profiles.pin(PROFILE), ProfileKey.RETENTION__EXTENSION_MAX));
    }
}
