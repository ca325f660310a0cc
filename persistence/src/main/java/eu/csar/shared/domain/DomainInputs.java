package eu.csar.shared.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static eu.csar.shared.domain.RuleViolationException.invalid;

/** The small checks and normalisations the aggregates apply to what they are given. */
public final class DomainInputs {

    private DomainInputs() {
    }

    /** {@code text} trimmed; blank or missing is {@code INVALID} for {@code field} with {@code message}. */
    public static String required(String text, String field, String message) {
        if (text == null || text.isBlank()) {
            throw invalid(field, message);
        }
        return text.trim();
    }

    /** The instant at PostgreSQL's precision, so what is stored equals what is kept in memory. */
    public static Instant micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }
}
