package eu.csar.indicators.domain;

import eu.csar.indicators.api.IndicatorKind;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Reads one line of a bulk import file into an indicator, or into the reason it is refused.
 * Two formats:
 * <ul>
 * <li>the hasher's CSV ({@code csar-hash}): {@code hash,quality[,md5][,sha1][,sha256][,path]}. The PDQ hash
 * is imported; digest columns are checked for shape and skipped; the path (last, may contain
 * commas) becomes the label only when the submitter keeps it;</li>
 * <li>JSON lines: {@code {"kind":"PDQ","value":"..","quality":87,"label":".."}}, kinds PDQ, MD5,
 * SHA256 and URL.</li>
 * </ul>
 * Hashes are stored in lower case; a PDQ hash below quality {@value #MIN_PDQ_QUALITY} is refused, as is
 * a kind the target set does not hold. A blank line is neither an indicator nor an error.
 */
public final class ImportLineParser {

    /** PDQ hashes of lower quality are refused line by line (issue 9: "below PDQ quality 50"). */
    public static final int MIN_PDQ_QUALITY = 50;
    static final int MAX_URL = 2048;
    static final int MAX_LABEL = 500;

    /** The two file formats. */
    public enum Format { CSV, JSON_LINES }

    /** A line that names an indicator. {@code quality} only for PDQ; {@code label} may be null. */
    public record Entry(IndicatorKind kind, String value, Integer quality, String label) {
        public Entry {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(value, "value");
        }
    }

    /** Either an entry or the reason the line is refused. */
    public record Outcome(Entry entry, String refusal) {
        public static Outcome refused(String reason) {
            return new Outcome(null, reason);
        }

        public boolean accepted() {
            return entry != null;
        }
    }

    private final Format format;
    private final boolean keepLabels;
    private final Set<IndicatorKind> allowedKinds;

    /**
     * @param keepLabels   whether the CSV path column (or the JSON label) is kept as the indicator's label
     * @param allowedKinds the kinds the target set holds (indicator_sets.kinds)
     */
    public ImportLineParser(Format format, boolean keepLabels, Set<IndicatorKind> allowedKinds) {
        this.format = Objects.requireNonNull(format, "format");
        this.keepLabels = keepLabels;
        this.allowedKinds = Set.copyOf(allowedKinds);
    }

    /** Parses the kinds column of indicator_sets ("PDQ,MD5,SHA256"). */
    public static Set<IndicatorKind> kinds(String column) {
        return java.util.Arrays.stream(column.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(IndicatorKind::valueOf).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The outcome of one line, or null for a blank line (skipped, not counted as an error). */
    public Outcome parse(String line) {
        if (line == null || line.isBlank()) {
            return null;
        }
        Outcome outcome = format == Format.CSV ? csv(line.strip()) : json(line.strip());
        if (outcome.accepted() && !allowedKinds.contains(outcome.entry().kind())) {
            return Outcome.refused("kind " + outcome.entry().kind() + " is not held by this set");
        }
        return outcome;
    }

    private Outcome csv(String line) {
        String[] fields = line.split(",", -1);
        if (fields.length < 2) {
            return Outcome.refused("malformed: expected hash,quality[,digests][,path]");
        }
        String hash = fields[0].strip().toLowerCase(Locale.ROOT);
        if (!isHex(hash, 64)) {
            return Outcome.refused("malformed: the PDQ hash must be 64 hex digits");
        }
        Integer quality = quality(fields[1].strip());
        if (quality == null) {
            return Outcome.refused("malformed: the PDQ quality must be a whole number from 0 to 100");
        }
        int next = 2;
        // digest columns, in the hasher's order md5 (32), sha1 (40), sha256 (64), each optional
        for (int length : new int[] {32, 40, 64}) {
            if (next < fields.length && isHex(fields[next].strip().toLowerCase(Locale.ROOT), length)) {
                next++;
            }
        }
        String path = next < fields.length ? String.join(",", java.util.Arrays.copyOfRange(fields, next, fields.length)) : null;
        if (quality < MIN_PDQ_QUALITY) {
            return Outcome.refused("PDQ quality " + quality + " is below " + MIN_PDQ_QUALITY);
        }
        return new Outcome(new Entry(IndicatorKind.PDQ, hash, quality, label(path)), null);
    }

    private Outcome json(String line) {
        JsonObject object;
        try (JsonReader reader = Json.createReader(new StringReader(line))) {
            object = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return Outcome.refused("malformed: not a JSON object");
        }
        IndicatorKind kind;
        try {
            kind = IndicatorKind.valueOf(text(object, "kind"));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Outcome.refused("malformed: kind must be one of PDQ, MD5, SHA256, URL");
        }
        String value = text(object, "value");
        if (value == null) {
            return Outcome.refused("malformed: value is missing");
        }
        String label = label(text(object, "label"));
        JsonValue q = object.get("quality");
        switch (kind) {
            case PDQ -> {
                String hash = value.strip().toLowerCase(Locale.ROOT);
                if (!isHex(hash, 64)) {
                    return Outcome.refused("malformed: a PDQ hash must be 64 hex digits");
                }
                if (!(q instanceof JsonNumber n) || !n.isIntegral() || n.longValue() < 0 || n.longValue() > 100) {
                    return Outcome.refused("malformed: a PDQ hash needs a quality from 0 to 100");
                }
                int quality = n.intValue();
                if (quality < MIN_PDQ_QUALITY) {
                    return Outcome.refused("PDQ quality " + quality + " is below " + MIN_PDQ_QUALITY);
                }
                return new Outcome(new Entry(kind, hash, quality, label), null);
            }
            case MD5, SHA256 -> {
                String digest = value.strip().toLowerCase(Locale.ROOT);
                int length = kind == IndicatorKind.MD5 ? 32 : 64;
                if (!isHex(digest, length)) {
                    return Outcome.refused("malformed: a " + kind + " digest must be " + length + " hex digits");
                }
                if (q != null && q != JsonValue.NULL) {
                    return Outcome.refused("malformed: only a PDQ hash has a quality");
                }
                return new Outcome(new Entry(kind, digest, null, label), null);
            }
            default -> {
                String url = url(value.strip());
                return url == null ? Outcome.refused("malformed: not an http or https URL of at most " + MAX_URL + " characters")
                        : new Outcome(new Entry(kind, url, null, label), null);
            }
        }
    }

    private String label(String raw) {
        if (!keepLabels || raw == null || raw.isBlank()) {
            return null;
        }
        String label = raw.strip();
        return label.length() > MAX_LABEL ? label.substring(0, MAX_LABEL) : label;
    }

    private static String text(JsonObject object, String name) {
        JsonValue v = object.get(name);
        return v instanceof JsonString s ? s.getString() : null;
    }

    static Integer quality(String text) {
        if (text.isEmpty() || text.length() > 3) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return null;
            }
        }
        int q = Integer.parseInt(text);
        return q <= 100 ? q : null;
    }

    static boolean isHex(String s, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /** The URL with its scheme and host in lower case, or null when it is not an absolute http(s) URL. */
    static String url(String text) {
        if (text.isEmpty() || text.length() > MAX_URL) {
            return null;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null
                    || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                return null;
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            int at = text.indexOf(uri.getRawAuthority());
            return scheme.toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().replace(uri.getHost(), host)
                    + text.substring(at + uri.getRawAuthority().length());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
