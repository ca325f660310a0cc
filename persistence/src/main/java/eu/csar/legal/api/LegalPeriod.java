package eu.csar.legal.api;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A legal duration as the legal profiles store it: {@code PT<n>H} (hours), {@code P<n>D} (calendar
 * days), {@code P<n>W} (weeks), {@code P<n>M} (months) or {@code P<n>Y} (years), one unit, a positive
 * whole number. The unit decides how it is counted: hours from the exact instant (Art. 14's 24 hours
 * for a removal order), everything else on the calendar in UTC, keeping the time of day (see
 * {@code DeadlineCalculator}). Other ISO 8601 forms ({@code P1DT2H}, minutes, fractions) are refused,
 * because no legal period is written that way and a mixed period has no single way of counting.
 */
public record LegalPeriod(int amount, Unit unit) implements Serializable {

    /** How a period is counted. */
    public enum Unit {
        HOURS('H'), DAYS('D'), WEEKS('W'), MONTHS('M'), YEARS('Y');

        private final char symbol;

        Unit(char symbol) {
            this.symbol = symbol;
        }

        /** Hours run from the exact instant; the other units are counted on the calendar. */
        public boolean isCalendar() {
            return this != HOURS;
        }
    }

    private static final Pattern FORM = Pattern.compile("P(?:T([1-9][0-9]{0,5})H|([1-9][0-9]{0,5})([DWMY]))");

    public LegalPeriod {
        Objects.requireNonNull(unit, "unit");
        if (amount < 1) {
            throw new IllegalArgumentException("a legal period is at least 1 " + unit + ", not " + amount);
        }
    }

    /**
     * Reads the profile form ({@code PT24H}, {@code P3M}...).
     *
     * @throws IllegalArgumentException for anything else, naming the accepted forms
     */
    public static LegalPeriod parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is no legal period: use PT<n>H, P<n>D, P<n>W, P<n>M or P<n>Y");
        }
        if (m.group(1) != null) {
            return new LegalPeriod(Integer.parseInt(m.group(1)), Unit.HOURS);
        }
        Unit unit = switch (m.group(3).charAt(0)) {
            case 'D' -> Unit.DAYS;
            case 'W' -> Unit.WEEKS;
            case 'M' -> Unit.MONTHS;
            default -> Unit.YEARS;
        };
        return new LegalPeriod(Integer.parseInt(m.group(2)), unit);
    }

    public static LegalPeriod hours(int n) {
        return new LegalPeriod(n, Unit.HOURS);
    }

    public static LegalPeriod days(int n) {
        return new LegalPeriod(n, Unit.DAYS);
    }

    public static LegalPeriod weeks(int n) {
        return new LegalPeriod(n, Unit.WEEKS);
    }

    public static LegalPeriod months(int n) {
        return new LegalPeriod(n, Unit.MONTHS);
    }

    public static LegalPeriod years(int n) {
        return new LegalPeriod(n, Unit.YEARS);
    }

    /** Counted on the calendar (days, weeks, months, years) rather than in hours. */
    public boolean isCalendar() {
        return unit.isCalendar();
    }

    /** The instant this period after {@code from}: hours exactly, calendar units in UTC (a month after 31 January is the last day of February). */
    public Instant after(Instant from) {
        return unit == Unit.HOURS ? from.plus(Duration.ofHours(amount)) : shift(from, amount);
    }

    /** The instant this period before {@code to}, counted the same way. */
    public Instant before(Instant to) {
        return unit == Unit.HOURS ? to.minus(Duration.ofHours(amount)) : shift(to, -amount);
    }

    private Instant shift(Instant at, int n) {
        ZonedDateTime utc = at.atZone(ZoneOffset.UTC);
        ZonedDateTime shifted = switch (unit) {
            case DAYS -> utc.plusDays(n);
            case WEEKS -> utc.plusWeeks(n);
            case MONTHS -> utc.plusMonths(n);
            default -> utc.plusYears(n);
        };
        return shifted.toInstant();
    }

    /** The profile form, e.g. {@code PT24H} or {@code P6W}. */
    public String iso() {
        return unit == Unit.HOURS ? "PT" + amount + "H" : "P" + amount + unit.symbol;
    }

    @Override
    public String toString() {
        return iso();
    }
}
