package eu.csar.indicators.application;

import eu.csar.indicators.api.IndicatorKind;
import eu.csar.shared.domain.RuleViolationException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A checked match batch: 1 to {@value #MAX} lines, each a PDQ (64 hex digits), MD5 (32) or SHA-256
 * (64) hash. The first bad line is refused with its number (1-based) and the field
 * {@code hashes[i]} (0-based), before anything is looked up or recorded. Hex is normalised to lower case.
 */
public final class MatchBatch {

    /** At most this many hashes per call. */
    public static final int MAX = 1000;

    /** One checked line: its kind, its lower-case hex, and the words of the hash (bits 0..63 first for PDQ). */
    public record Line(int number, IndicatorKind kind, String hex) {
    }

    private MatchBatch() {
    }

    public static List<Line> check(List<HashQuery> queries) {
        if (queries == null || queries.isEmpty()) {
            throw invalid("hashes", "Send between 1 and " + MAX + " hashes");
        }
        if (queries.size() > MAX) {
            throw invalid("hashes", "At most " + MAX + " hashes per call, got " + queries.size());
        }
        List<Line> lines = new ArrayList<>(queries.size());
        for (int i = 0; i < queries.size(); i++) {
            lines.add(line(i, queries.get(i)));
        }
        return lines;
    }

    static Line line(int index, HashQuery query) {
        String field = "hashes[" + index + "]";
        int number = index + 1;
        if (query == null || query.kind() == null || query.hash() == null) {
            throw invalid(field, "Line " + number + ": give both kind and hash");
        }
        IndicatorKind kind = kind(query.kind().strip());
        if (kind == null) {
            throw invalid(field, "Line " + number + ": unknown kind; use PDQ, MD5 or SHA256");
        }
        String hex = query.hash().strip().toLowerCase(Locale.ROOT);
        int expected = kind == IndicatorKind.MD5 ? 32 : 64;
        if (hex.length() != expected || !isHex(hex)) {
            throw invalid(field, "Line " + number + ": a " + kind + " hash is " + expected + " hex digits");
        }
        return new Line(number, kind, hex);
    }

    private static IndicatorKind kind(String text) {
        return switch (text.toUpperCase(Locale.ROOT)) {
            case "PDQ" -> IndicatorKind.PDQ;
            case "MD5" -> IndicatorKind.MD5;
            case "SHA256", "SHA-256" -> IndicatorKind.SHA256;
            default -> null;
        };
    }

    static boolean isHex(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    private static RuleViolationException invalid(String field, String message) {
        return RuleViolationException.invalid(field, message);
    }
}
