package eu.csar.risk.domain;

import eu.csar.legal.api.LegalPeriod;

import java.time.Instant;
import java.util.Collection;
import java.util.Objects;

/**
 * The due dates of a risk assessment, from the periods of the legal profile the assessment pinned
 * (never literals), counted by {@link LegalPeriod#after} on the UTC calendar like every legal
 * period of the platform:
 * <ul>
 *   <li>the first assessment: {@code risk-assessment.first-assessment-period} after the provider became
 *       subject (Art 3(4), first subparagraph);</li>
 *   <li>the next assessment: {@code risk-assessment.update-interval} after the date the provider
 *       carried this one out (Art 3(4): at least every three years);</li>
 *   <li>the report to the Coordinating Authority: within {@code risk-assessment.report-period} of that
 *       date (Art 5(1)); a report received later is recorded as late;</li>
 *   <li>an answer to a request for information or a requirement of measures: the profile's period
 *       from the request (Art 5(2), 5(4)).</li>
 * </ul>
 */
public record RiskDueDates(LegalPeriod updateInterval, LegalPeriod reportPeriod, LegalPeriod informationPeriod,
                           LegalPeriod measuresPeriod) {

    public RiskDueDates {
        Objects.requireNonNull(updateInterval, "updateInterval");
        Objects.requireNonNull(reportPeriod, "reportPeriod");
        Objects.requireNonNull(informationPeriod, "informationPeriod");
        Objects.requireNonNull(measuresPeriod, "measuresPeriod");
    }

    /** When the next assessment is due, for one carried out at {@code assessedAt}. */
    public Instant nextAssessment(Instant assessedAt) {
        return updateInterval.after(assessedAt);
    }

    /**
     * When the next assessment is due, for one carried out at {@code assessedAt}, while detection
     * orders against the provider are in force whose updates are due by {@code orderBounds} (each
     * {@code risk-assessment.update-before-order-expiry} before the order's end, Art 3(4), second
     * subparagraph, point (a)): the earliest of the regular date and the bounds that fall after the
     * assessment. A bound on or before {@code assessedAt} was met by this assessment itself (even if
     * late) and does not bind the next one.
     */
    public Instant nextAssessment(Instant assessedAt, Collection<Instant> orderBounds) {
        Instant due = nextAssessment(assessedAt);
        for (Instant bound : orderBounds) {
            if (bound.isAfter(assessedAt) && bound.isBefore(due)) {
                due = bound;
            }
        }
        return due;
    }

    /**
     * When a provider's first assessment is due (Art 3(4), first subparagraph): {@code firstPeriod}
     * (the profile's {@code risk-assessment.first-assessment-period}) after it became subject, for the
     * platform the date it was entered in the registry.
     */
    public static Instant firstAssessment(LegalPeriod firstPeriod, Instant subjectSince) {
        return firstPeriod.after(subjectSince);
    }

    /** Whether a report of an assessment carried out at {@code assessedAt}, received at {@code submittedAt}, is late. */
    public boolean reportedLate(Instant assessedAt, Instant submittedAt) {
        return submittedAt.isAfter(reportPeriod.after(assessedAt));
    }

    /** The period the provider has to answer a request of {@code event}'s kind. */
    public LegalPeriod answerPeriod(RiskAssessmentEvent event) {
        return switch (event) {
            case REQUEST_INFORMATION -> informationPeriod;
            case REQUIRE_MEASURES -> measuresPeriod;
            default -> throw new IllegalArgumentException(event + " sets no answer period");
        };
    }
}
