package eu.csar.indicators.domain;

import eu.csar.indicators.api.HashFormat;
import eu.csar.indicators.api.IndicatorKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one grammar of an indicator line, for submissions and for the bulk import's CSV
 * ({@link ImportLineParser} reads its files line by line through {@link #parseLine}). A submission's
 * text is read line by line, refusing what cannot be an indicator with a reason. Two forms are read:
 * <ul>
 *   <li>the project hasher's output ({@code csar-hash}): {@code hash,quality[,md5][,sha1][,sha256][,path]},
 *       the digest columns optional, in the hasher's order, and the path last (it may contain commas).
 *       Such a line gives a PDQ item and one item per MD5 or SHA-256 column (SHA-1 is not an
 *       indicator kind and is dropped); the path is dropped unless it is kept as the label;</li>
 *   <li>plain lines {@code PDQ,<hex>,<quality>}, {@code MD5,<hex>}, {@code SHA256,<hex>} and
 *       {@code URL,<url>}.</li>
 * </ul>
 * Blank lines and lines starting with {@code #} are skipped. A PDQ hash below quality
 * {@value #MIN_PDQ_QUALITY} is refused; so is a kind the target set does not hold, and every
 * malformed line, hash or URL (reasons starting with "malformed"); within one submission also the
 * second appearance of the same indicator ("duplicate of line N"). Hex is stored in lower case, URLs as
 * {@link UrlNormaliser} writes them. Pure: no database, no clock.
 */
public final class HashLineParser {

    /** The lowest PDQ quality accepted; below it a hash says too little about the picture. */
    public static final int MIN_PDQ_QUALITY = HashFormat.MIN_PDQ_QUALITY;

    private static final int PDQ_HEX = 64;
    private static final int MD5_HEX = 32;
    private static final int SHA1_HEX = 40;
    private static final int SHA256_HEX = 64;
    /** The hasher writes its digest columns in this order: MD5, SHA-1, SHA-256. */
    private static final int[] DIGEST_COLUMNS = {MD5_HEX, SHA1_HEX, SHA256_HEX};
    static final int LABEL_MAX = 500;

    private HashLineParser() {
    }

    /**
     * Every item of {@code text} in order, refused ones included.
     *
     * @param keepPathAsLabel keep the hasher's path column (or a plain line's trailing text) as the label
     * @param kinds           the kinds the target set holds; other kinds are refused (null: any)
     */
    public static List<ParsedItem> parse(String text, boolean keepPathAsLabel, Set<IndicatorKind> kinds) {
        List<ParsedItem> items = new ArrayList<>();
        if (text == null) {
            return items;
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        Map<String, Integer> firstSeen = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            for (ParsedItem item : parseLine(lineNo, lines[i], keepPathAsLabel)) {
                items.add(check(item, kinds, firstSeen));
            }
        }
        return items;
    }

    private static ParsedItem check(ParsedItem item, Set<IndicatorKind> kinds, Map<String, Integer> firstSeen) {
        if (item.refused()) {
            return item;
        }
        if (kinds != null && !kinds.contains(item.kind())) {
            return item.refusedAs(refusedKind(item.kind()));
        }
        Integer first = firstSeen.putIfAbsent(item.kind() + ":" + item.value(), item.sourceLine());
        if (first != null) {
            return item.refusedAs("duplicate of line " + first);
        }
        return item;
    }

    /** Why an indicator of {@code kind} is refused by a set that does not hold that kind. */
    static String refusedKind(IndicatorKind kind) {
        return "kind " + kind + " is not held by this set";
    }

    private static String stripBom(String line) {
        return !line.isEmpty() && line.charAt(0) == '\uFEFF' ? line.substring(1) : line;
    }

    /** The items of one line in the order they appear; none for a blank line or a comment. */
    static List<ParsedItem> parseLine(int lineNo, String text, boolean keepPathAsLabel) {
        String line = stripBom(text).strip();
        if (line.isEmpty() || line.startsWith("#")) {
            return List.of();
        }
        int comma = line.indexOf(',');
        String head = (comma < 0 ? line : line.substring(0, comma)).strip();
        String rest = comma < 0 ? "" : line.substring(comma + 1);
        switch (head.toUpperCase(Locale.ROOT)) {
            case "PDQ":
                return List.of(plainPdq(lineNo, rest, keepPathAsLabel));
            case "MD5":
                return List.of(plainDigest(lineNo, IndicatorKind.MD5, rest, keepPathAsLabel));
            case "SHA256":
            case "SHA-256":
                return List.of(plainDigest(lineNo, IndicatorKind.SHA256, rest, keepPathAsLabel));
            case "URL":
                return List.of(url(lineNo, rest));
            default:
                return hasherLine(lineNo, line, keepPathAsLabel);
        }
    }

    private static ParsedItem plainPdq(int lineNo, String rest, boolean keepLabel) {
        String[] f = rest.split(",", 3);
        String hex = f[0].strip();
        String label = keepLabel && f.length > 2 ? label(f[2]) : null;
        return pdq(lineNo, hex, f.length < 2 ? null : f[1].strip(), label);
    }

    private static ParsedItem plainDigest(int lineNo, IndicatorKind kind, String rest, boolean keepLabel) {
        String[] f = rest.split(",", 2);
        return digest(lineNo, kind, f[0].strip(), keepLabel && f.length > 1 ? label(f[1]) : null);
    }

    /** An MD5 or SHA-256 digest, in lower case, or the reason it is refused. */
    static ParsedItem digest(int lineNo, IndicatorKind kind, String hex, String label) {
        int length = kind == IndicatorKind.MD5 ? MD5_HEX : SHA256_HEX;
        if (!isHex(hex, length)) {
            return ParsedItem.refused(lineNo, kind, hex, null, label, malformedHex(kind, length));
        }
        return ParsedItem.ok(lineNo, kind, lower(hex), null, label);
    }

    /** A URL indicator as {@link UrlNormaliser} writes it, or the reason it is refused. */
    static ParsedItem url(int lineNo, String text) {
        String raw = text.strip();
        return UrlNormaliser.normalise(raw)
                .map(u -> ParsedItem.ok(lineNo, IndicatorKind.URL, u, null, null))
                .orElseGet(() -> ParsedItem.refused(lineNo, IndicatorKind.URL, raw.isEmpty() ? null : raw, null, null,
                        "malformed URL: an absolute http or https URL is expected"));
    }

    /**
     * {@code hash,quality[,md5][,sha1][,sha256][,path]}: each digest column is recognised by its length in
     * the hasher's order; what follows them is the path.
     */
    private static List<ParsedItem> hasherLine(int lineNo, String line, boolean keepLabel) {
        String[] f = line.split(",", -1);
        String hex = f[0].strip();
        if (!isHex(hex, PDQ_HEX)) {
            return List.of(ParsedItem.refused(lineNo, f.length == 1 ? null : IndicatorKind.PDQ, hex, null, null,
                    f.length == 1 ? "malformed line: expected hash,quality,path or KIND,value"
                            : malformedHex(IndicatorKind.PDQ, PDQ_HEX)));
        }
        if (f.length < 2) {
            return List.of(pdq(lineNo, hex, null, null));
        }
        int i = 2;
        List<String> digests = new ArrayList<>();
        for (int length : DIGEST_COLUMNS) {
            if (i < f.length && isHex(f[i].strip(), length)) {
                digests.add(f[i].strip());
                i++;
            }
        }
        String path = i < f.length ? String.join(",", Arrays.copyOfRange(f, i, f.length)) : null;
        String label = keepLabel && path != null ? label(path) : null;
        List<ParsedItem> items = new ArrayList<>();
        items.add(pdq(lineNo, hex, f[1].strip(), label));
        for (String digest : digests) {
            switch (digest.length()) {
                case MD5_HEX -> items.add(ParsedItem.ok(lineNo, IndicatorKind.MD5, lower(digest), null, label));
                case SHA256_HEX -> items.add(ParsedItem.ok(lineNo, IndicatorKind.SHA256, lower(digest), null, label));
                default -> { } // SHA-1: not an indicator kind
            }
        }
        return items;
    }

    /**
     * A PDQ hash (stored in lower case) with its quality, or the reason it is refused.
     *
     * @param qualityText the quality as written (digits only); null when the line has none
     */
    static ParsedItem pdq(int lineNo, String rawHex, String qualityText, String label) {
        if (!isHex(rawHex, PDQ_HEX)) {
            return ParsedItem.refused(lineNo, IndicatorKind.PDQ, rawHex, null, label, malformedHex(IndicatorKind.PDQ, PDQ_HEX));
        }
        String hex = lower(rawHex);
        if (qualityText == null) {
            return ParsedItem.refused(lineNo, IndicatorKind.PDQ, hex, null, label, "malformed line: PDQ hash without its quality");
        }
        Integer quality = quality(qualityText);
        if (quality == null) {
            return ParsedItem.refused(lineNo, IndicatorKind.PDQ, hex, null, label,
                    "malformed PDQ quality: '" + abbreviate(qualityText) + "' is not a number from 0 to 100");
        }
        if (quality < MIN_PDQ_QUALITY) {
            return ParsedItem.refused(lineNo, IndicatorKind.PDQ, hex, quality, label, HashFormat.lowQuality(quality));
        }
        return ParsedItem.ok(lineNo, IndicatorKind.PDQ, hex, quality, label);
    }

    /** A whole number from 0 to 100 written in digits only (no sign, no spaces), else null. */
    private static Integer quality(String text) {
        if (text.isEmpty() || text.length() > 3) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return null;
            }
        }
        int quality = Integer.parseInt(text);
        return quality <= 100 ? quality : null;
    }

    /** Whether {@code text} is exactly {@code length} hexadecimal digits (either case): {@link HashFormat#isHex}. */
    public static boolean isHex(String text, int length) {
        return HashFormat.isHex(text, length);
    }

    private static String malformedHex(IndicatorKind kind, int length) {
        return HashFormat.malformedHex(kind);
    }

    private static String lower(String hex) {
        return hex.toLowerCase(Locale.ROOT);
    }

    /** The label as stored: stripped, cut at the column's width; null when there is none. */
    static String label(String text) {
        if (text == null) {
            return null;
        }
        String label = text.strip();
        if (label.isEmpty()) {
            return null;
        }
        return label.length() <= LABEL_MAX ? label : label.substring(0, LABEL_MAX);
    }

    private static String abbreviate(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "...";
    }
}
