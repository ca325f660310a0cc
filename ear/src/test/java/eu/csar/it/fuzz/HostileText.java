package eu.csar.it.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

import java.util.List;
import java.util.UUID;

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

    private HostileText() {
    }

    /** Any string a hostile client may send: mostly odd, sometimes huge, sometimes harmless. */
    static Arbitrary<String> strings() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(CATALOGUE)),
                Tuple.of(3, Arbitraries.strings().all().ofMaxLength(40)),
                Tuple.of(2, poison()),
                Tuple.of(1, Arbitraries.strings().ascii().ofMinLength(1).ofMaxLength(1)
                        .flatMap(c -> Arbitraries.of(256, 4_096, 65_536, 300_000).map(c::repeat))),
                Tuple.of(1, Arbitraries.strings().alpha().numeric().withChars(' ', '.', '-', '@').ofMaxLength(60)));
    }

    /** A string that holds at least one character no field accepts, somewhere in ordinary text. */
    static Arbitrary<String> poison() {
        return Arbitraries.strings().alpha().ofMaxLength(12).flatMap(text -> Arbitraries.of(POISON_CHARS)
                .flatMap(c -> Arbitraries.integers().between(0, text.length())
                        .map(at -> text.substring(0, at) + c + text.substring(at))));
    }

    /** What goes into an {id} path segment: known ids, unknown ids, and things that are no id at all. */
    static Arbitrary<String> ids(List<String> known) {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(known)),
                Tuple.of(2, uuids()),
                Tuple.of(1, Arbitraries.of(known).map(String::toUpperCase)),
                Tuple.of(1, Arbitraries.of("00000000-0000-0000-0000-000000000000", "abc", "0", "-1", "1.5", "me", "null",
                        "{id}", "7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b0", "7f3b1c2e0a4d4c1e9b8a1d2e3f4a5b01",
                        "{7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01}", "7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01;x=1", "..", "%")),
                Tuple.of(2, strings()));
    }

    /** Random UUIDs drawn from the run's seed, so that a rerun sends the same ones. */
    static Arbitrary<String> uuids() {
        return Arbitraries.longs().tuple2().map(t -> new UUID(t.get1(), t.get2()).toString());
    }

    /** What goes into an integer query parameter. */
    static Arbitrary<String> integers() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("0", "1", "-1", "2147483647", "-2147483648", "2147483648", "9223372036854775808",
                        "abc", "1.5", "1e3", "", " 1", "0x10", "+5", "\u0663", "NaN", "1,2", "99999999999999999999")),
                Tuple.of(2, Arbitraries.integers().map(String::valueOf)),
                Tuple.of(1, strings()));
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
