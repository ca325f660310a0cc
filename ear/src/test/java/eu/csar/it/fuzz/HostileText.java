package eu.csar.it.fuzz;

import java.util.List;
import java.util.UUID;

import static eu.csar.it.fuzz.Gen.weight;

/**
 * What an attacker or a broken client puts where text, ids or numbers belong: control and bidi
 * characters, lone surrogates, injection strings, huge and empty values. {@link #poison()} is the part
 * of it that no field may accept (the platform must answer 400 naming the field), so a write that
 * carries it must be refused.
 */
final class HostileText {

    /** Characters no field accepts: C0 controls except tab/newline, DEL, bidi overrides and isolates, lone surrogates. */
    static final List<String> POISON_CHARS = List.of("\u0000", "\u0001", "\u0007", "\u0008", "\u000B", "\u001B", "\u007F",
            "\u202A", "\u202B", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\uD800", "\uDC00");

    private static final List<String> CATALOGUE = List.of("", " ", "   ", "\t", "\n", "null", "true", "0", "-1", "[]", "{}",
            "NaN", "1e400", "9".repeat(40), "'; DROP TABLE providers; --", "\" OR \"1\"=\"1", "<script>alert(1)</script>",
            "<![CDATA[x]]>", "&amp;&lt;&#0;", "${jndi:ldap://127.0.0.1:1/a}", "#{7*7}", "%s%n%x%p", "../../../../etc/passwd",
            "..%2f..%2f", "\\\\server\\share", "line\r\nX-Injected: 1", "\uD83D\uDE00\uD83D\uDC69\u200D\uD83D\uDC67",
            "e\u0301", "\uFF21\uFF22\uFF23", "zero\u200Bwidth", "\uFEFFbom", "\u00A0nbsp\u00A0", "\u0130stanbul",
            "\u05E9\u05DC\u05D5\u05DD", "\u0645\u0631\u062D\u0628\u0627", "\u4F60\u597D", "a@b", "@", "+", "+31", "xx",
            "EN", "nl-NL", "HOSTING ", "SUSPEND\u0000");

    /**
     * Characters that break naive handling, drawn more often than chance would draw them from the whole
     * range: controls, bidi overrides, marks and isolates, zero-width characters, BOM, lone surrogate
     * halves, non-characters, line and paragraph separators, quotes and markup.
     */
    private static final String SPECIAL_CHARS = "\u0000\u0001\u0007\u0008\t\n\u000B\u000C\r\u001B\u001F\u007F\u0080\u0085"
            + "\u009F\u00A0\u00AD\u034F\u061C\u180E\u200B\u200C\u200D\u200E\u200F\u2028\u2029\u202A\u202B\u202C"
            + "\u202D\u202E\u2060\u2066\u2067\u2068\u2069\u2800\u3000\uD800\uDBFF\uDC00\uDFFF\uFEFF\uFFF9\uFFFD"
            + "\uFFFE\uFFFF\"'<>&%\\/;{}[]$#";

    private static final String ALPHA = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private static final String PLAIN = ALPHA + "0123456789 .-@";

    private HostileText() {
    }

    /** Any string a hostile client may send: mostly odd, sometimes huge, sometimes harmless. */
    static Gen<String> strings() {
        return Gen.frequency(
                weight(4, Gen.of(CATALOGUE)),
                weight(3, HostileText::anyChars),
                weight(2, poison()),
                weight(1, HostileText::huge),
                weight(1, draw -> charsFrom(PLAIN, draw.between(0, 60), draw)));
    }

    /** A string that holds at least one character no field accepts, somewhere in ordinary text. */
    static Gen<String> poison() {
        return draw -> {
            String text = charsFrom(ALPHA, draw.between(0, 12), draw);
            int at = draw.between(0, text.length());
            return text.substring(0, at) + draw.pick(POISON_CHARS) + text.substring(at);
        };
    }

    /** What goes into an {id} path segment: known ids, unknown ids, and things that are no id at all. */
    static Gen<String> ids(List<String> known) {
        return Gen.frequency(
                weight(3, Gen.of(known)),
                weight(2, uuids()),
                weight(1, Gen.of(known).map(String::toUpperCase)),
                weight(1, Gen.of(List.of("00000000-0000-0000-0000-000000000000", "abc", "0", "-1", "1.5", "me", "null",
                        "{id}", "7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b0", "7f3b1c2e0a4d4c1e9b8a1d2e3f4a5b01",
                        "{7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01}", "7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01;x=1", "..", "%"))),
                weight(2, strings()));
    }

    /** Random UUIDs drawn from the run's seed, so that a rerun sends the same ones. */
    static Gen<String> uuids() {
        return draw -> new UUID(draw.anyLong(), draw.anyLong()).toString();
    }

    /** What goes into an integer query parameter. */
    static Gen<String> integers() {
        return Gen.frequency(
                weight(3, Gen.of(List.of("0", "1", "-1", "2147483647", "-2147483648", "2147483648", "9223372036854775808",
                        "abc", "1.5", "1e3", "", " 1", "0x10", "+5", "\u0663", "NaN", "1,2", "99999999999999999999"))),
                weight(2, draw -> String.valueOf(draw.anyInt())),
                weight(1, strings()));
    }

    /** Up to 40 characters from the whole UTF-16 range (lone surrogates included), special ones often. */
    private static String anyChars(Draw draw) {
        int length = draw.between(0, 40);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(draw.chance(0.3) ? SPECIAL_CHARS.charAt(draw.upTo(SPECIAL_CHARS.length())) : (char) draw.upTo(0x10000));
        }
        return text.toString();
    }

    /** One ASCII character repeated into a huge value: 256 characters to 300 KB. */
    private static String huge(Draw draw) {
        char c = (char) draw.upTo(0x80);
        return String.valueOf(c).repeat(draw.pick(List.of(256, 4_096, 65_536, 300_000)));
    }

    private static String charsFrom(String alphabet, int length, Draw draw) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(draw.upTo(alphabet.length())));
        }
        return text.toString();
    }

    /** True when JAX-RS can read the text as an {@code int} (Java's own parsing rules). */
    static boolean isInt(String text) {
        try {
            Integer.parseInt(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
