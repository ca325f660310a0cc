package eu.csar.indicators.application;

import eu.csar.indicators.domain.IndicatorActivityRepository;
import eu.csar.security.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The activity chart of the indicator sets' overview (issue 9 §4): how many indicators became
 * matchable and how many matches they produced, per UTC day, over the last days. Day totals over
 * all sets only, no indicator and no provider named, so reading them is not audited (the overview's
 * per-set counts are, by the catalogue).
 */
@Stateless
public class IndicatorActivity {

    /** The longest period the chart may ask for. */
    static final int MAX_DAYS = 366;

    @Inject
    IndicatorActivityRepository repository;

    @Inject
    Clock clock;

    /** The last {@code days} UTC days up to and including today (1 to {@value #MAX_DAYS}). */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR})
    public IndicatorActivitySeries lastDays(int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be 1 to " + MAX_DAYS + ", not " + days);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate first = today.minusDays(days - 1L);
        boolean recorded = repository.matchCountsRecorded();
        return IndicatorActivitySeries.of(today, days,
                repository.additionsPerDay(first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                        today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()),
                recorded ? repository.matchesPerDay(first, today) : Map.of(), recorded);
    }
}
