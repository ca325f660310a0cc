package eu.csar.web.platform.portal;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ISO 8601 periods and durations as people read them, in their language: {@code P12M} as "12 months"
 * ("12 maanden"), {@code P4W} as "4 weeks", {@code PT24H} as "24 hours" ("24 uur"), {@code P1Y6M} as
 * "1 year and 6 months" ("1 jaar en 6 maanden"). The words are the bundle's {@code period.*} keys.
 * Weeks stay weeks ({@link java.time.Period} would read them as days); a text that is no such period
 * is shown as it is, so that nothing stored is ever hidden.
 */
public final class IsoPeriods {

    /** Years, months, weeks, days, then after the T hours, minutes, seconds; at least one of them. */
    private static final Pattern ISO = Pattern.compile(
            "P(?=\\d|T\\d)(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?=\\d)(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?");
    private static final String[] UNITS = {"Y", "M", "W", "D", "H", "MIN", "S"};

    /** The texts of a bundle: a key and its arguments give the sentence. */
    @FunctionalInterface
    public interface Texts {
        String text(String key, Object... args);
    }

    private IsoPeriods() {
    }

    /** {@code bundle}'s texts formatted for {@code locale}. */
    public static Texts of(ResourceBundle bundle, Locale locale) {
        return (key, args) -> new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** The period in words; "" for null, the text itself when it is no ISO 8601 period. */
    public static String inWords(String iso, Texts texts) {
        if (iso == null) {
            return "";
        }
        Matcher m = ISO.matcher(iso);
        if (!m.matches()) {
            return iso;
        }
        List<String> parts = new ArrayList<>();
        String zero = null;
        for (int i = 0; i < UNITS.length; i++) {
            String digits = m.group(i + 1);
            if (digits == null) {
                continue;
            }
            long n;
            try {
                n = Long.parseLong(digits);
            } catch (NumberFormatException tooLong) {
                return iso;
            }
            String words = texts.text("period." + UNITS[i], n);
            if (n != 0) {
                parts.add(words);
            } else if (zero == null) {
                zero = words;
            }
        }
        if (parts.isEmpty()) {
            return zero;
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        String last = parts.remove(parts.size() - 1);
        return texts.text("period.and", String.join(", ", parts), last);
    }
}
