package eu.csar.legal.api;

import java.util.regex.Pattern;

/**
 * What kind of value a legal profile key holds, and the form its text must take. Durations are
 * ISO-8601 periods in one unit ({@code PT24H}, {@code P4W}, {@code P3M}, {@code P5Y}); the
 * deadline calculator parses them, the import only checks their form.
 */
public enum ValueKind {
    /** An ISO-8601 period in one unit: {@code PT<n>H}, {@code P<n>D}, {@code P<n>W}, {@code P<n>M}, {@code P<n>Y}. */
    DURATION(false, "P(T\\d{1,5}H|\\d{1,5}[DWMY])"),
    /** A day of the year, {@code --MM-DD} (e.g. {@code --01-31}, a yearly due date). */
    DATE_OF_YEAR(false, "--(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])"),
    /** A percentage as a decimal number, e.g. {@code 6} or {@code 0.5}. */
    PERCENT(false, "(100(\\.0+)?|\\d{1,2}(\\.\\d{1,4})?)"),
    /** A whole number (a count, a number of extensions). */
    COUNT(false, "\\d{1,6}"),
    /** {@code true} or {@code false}. */
    FLAG(false, "true|false"),
    /** A short text (e.g. a rule stated in words). */
    TEXT(false, "[^\\n\\r]{1,2000}"),
    /** A list of codes (order types, risk categories, legal bases). */
    LIST(true, "[A-Z][A-Z0-9_]{0,79}"),
    /** The mandatory fields of a record (e.g. the content of a report). */
    FIELDS(true, "[a-z][a-zA-Z0-9]{0,79}"),
    /** The fields of an annex form, in the form's order. */
    TEMPLATE(true, "[a-z][a-zA-Z0-9]{0,79}");

    private final boolean list;
    private final Pattern form;

    ValueKind(boolean list, String form) {
        this.list = list;
        this.form = Pattern.compile(form);
    }

    /** Whether the value is a list of items (each of which must have {@link #accepts the form}). */
    public boolean isList() {
        return list;
    }

    /** Whether {@code text} (a scalar value, or one item of a list) has this kind's form. */
    public boolean accepts(String text) {
        return text != null && form.matcher(text).matches();
    }
}
