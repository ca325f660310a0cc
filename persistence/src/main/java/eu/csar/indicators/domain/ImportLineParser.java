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
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads one line of a bulk import file into an indicator, or into the reason it is refused, one line
 * at a time so that the import streams its file. The grammar of a line is the submissions' one
 * ({@link HashLineParser}), so a line is read, normalised and refused alike through either door.
 * Two formats:
 * <ul>
 * <li>the hasher's CSV ({@code csar-hash}): {@code hash,quality[,md5][,sha1][,sha256][,path]} (or a
 * plain {@code KIND,value} line). The PDQ hash is imported; digest columns are checked for shape and
 * skipped (import them as JSON lines); the path (last, may contain commas) becomes the label only when
 * the submitter keeps it;</li>
 * <li>JSON lines: {@code {"kind":"PDQ","value":"..","quality":87,"label":".."}}, kinds PDQ, MD5,
 * SHA256 and URL.</li>
 * </ul>
 * Hashes are stored in lower case; a PDQ hash below quality {@value #MIN_PDQ_QUALITY} is refused, as is
 * a kind the target set does not hold. A blank line (or a CSV comment) is neither an indicator nor an error.
 */
public final class ImportLineParser {

    /** PDQ hashes of lower quality are refused line by line (issue 9: "below PDQ quality 50"). */
    public static final int MIN_PDQ_QUALITY = HashLineParser.MIN_PDQ_QUALITY;
    static final int MAX_URL = UrlNormaliser.MAX_LENGTH;
    static final int MAX_LABEL = HashLineParser.LABEL_MAX;

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
        return Arrays.stream(column.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(IndicatorKind::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    /** The outcome of one line, or null for a blank line (skipped, not counted as an error). */
    public Outcome parse(String line) {
        if (line == null || line.isBlank()) {
            return null;
        }
        ParsedItem item;
        if (format == Format.CSV) {
            // the line's first item is its PDQ hash (or its plain KIND,value); digest columns are not imported
            List<ParsedItem> items = HashLineParser.parseLine(0, line, keepLabels);
            if (items.isEmpty()) {
                return null;
            }
            item = items.get(0);
        } else {
            item = json(line.strip());
        }
        if (item.refused()) {
            return Outcome.refused(item.refusal());
        }
        if (!allowedKinds.contains(item.kind())) {
            return Outcome.refused(HashLineParser.refusedKind(item.kind()));
        }
        return new Outcome(new Entry(item.kind(), item.value(), item.quality(), item.label()), null);
    }

    private ParsedItem json(String line) {
        JsonObject object;
        try (JsonReader reader = Json.createReader(new StringReader(line))) {
            object = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return malformed("malformed: not a JSON object");
        }
        IndicatorKind kind;
        try {
            kind = IndicatorKind.valueOf(text(object, "kind"));
        } catch (IllegalArgumentException | NullPointerException e) {
            return malformed("malformed: kind must be one of PDQ, MD5, SHA256, URL");
        }
        String value = text(object, "value");
        if (value == null) {
            return malformed("malformed: value is missing");
        }
        String label = keepLabels ? HashLineParser.label(text(object, "label")) : null;
        JsonValue quality = object.get("quality");
        boolean hasQuality = quality != null && quality != JsonValue.NULL;
        return switch (kind) {
            // a quality that is not a whole JSON number reaches the grammar as text it refuses
            case PDQ -> HashLineParser.pdq(0, value.strip(), !hasQuality ? null
                    : quality instanceof JsonNumber n && n.isIntegral() ? n.bigIntegerValue().toString() : quality.toString(), label);
            case MD5, SHA256 -> hasQuality ? malformed("malformed: only a PDQ hash has a quality")
                    : HashLineParser.digest(0, kind, value.strip(), label);
            case URL -> {
                ParsedItem url = HashLineParser.url(0, value);
                yield url.refused() ? url : new ParsedItem(0, kind, url.value(), null, label, null);
            }
        };
    }

    private static ParsedItem malformed(String reason) {
        return new ParsedItem(0, null, null, null, null, reason);
    }

    private static String text(JsonObject object, String name) {
        JsonValue v = object.get(name);
        return v instanceof JsonString s ? s.getString() : null;
    }
}
