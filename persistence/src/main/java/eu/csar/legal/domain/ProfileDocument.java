package eu.csar.legal.domain;

import eu.csar.legal.api.ProfileRejectedException;
import eu.csar.legal.api.ProfileValue;
import eu.csar.legal.api.ReviewStatus;
import eu.csar.legal.api.ValueKind;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A legal profile file, read and checked before it may become a version: a JSON object with
 * {@code profile}, optional {@code version}, {@code title}, {@code legalBasis}, {@code values} and
 * optional {@code removed} (keys of the previous version this one drops on purpose). Each value has a
 * {@code key}, a known {@code kind}, a {@code value} in the kind's form (or {@code items} for list
 * kinds), the {@code article} it comes from, a {@code review} status, and optionally the profile it
 * is {@code inheritedFrom}. {@link #parse} collects every problem, not only the first, and refuses
 * the file with all of them ({@link ProfileRejectedException}); {@link #checkSuccessorOf} adds the
 * rules against the version it follows.
 */
public final class ProfileDocument {

    static final Pattern PROFILE_ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");
    static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");
    static final int MAX_TEXT = 2000;
    private static final Set<String> FIELDS = Set.of("profile", "version", "title", "legalBasis", "values", "removed");
    private static final Set<String> VALUE_FIELDS = Set.of("key", "kind", "value", "items", "article", "review", "inheritedFrom");

    private final String profileId;
    private final Integer version;
    private final String title;
    private final String legalBasis;
    private final List<ProfileValue> values;
    private final Set<String> removed;
    private final String sha256;

    private ProfileDocument(String profileId, Integer version, String title, String legalBasis,
                            List<ProfileValue> values, Set<String> removed, String sha256) {
        this.profileId = profileId;
        this.version = version;
        this.title = title;
        this.legalBasis = legalBasis;
        this.values = List.copyOf(values);
        this.removed = Set.copyOf(removed);
        this.sha256 = sha256;
    }

    /** Reads and checks a file on its own; refuses it with every problem found. */
    public static ProfileDocument parse(String json) {
        List<String> problems = new ArrayList<>();
        JsonObject root = readObject(json, problems);
        if (root == null) {
            throw new ProfileRejectedException(problems);
        }
        root.keySet().stream().filter(f -> !FIELDS.contains(f)).sorted()
                .forEach(f -> problems.add("Unknown field \"" + f + "\" (known: profile, version, title, legalBasis, values, removed)"));
        String profileId = text(root, "profile", "The profile", problems);
        if (profileId != null && (profileId.length() > 64 || !PROFILE_ID.matcher(profileId).matches())) {
            problems.add("The profile id \"" + profileId + "\" must be capitals, digits and hyphens, e.g. COM-2022-209");
        }
        Integer version = null;
        if (root.containsKey("version")) {
            if (root.get("version").getValueType() == JsonValue.ValueType.NUMBER && root.getJsonNumber("version").isIntegral()
                    && root.getJsonNumber("version").intValue() >= 1) {
                version = root.getJsonNumber("version").intValue();
            } else {
                problems.add("The version must be a whole number from 1");
            }
        }
        String title = text(root, "title", "The title", problems);
        if (title != null && title.length() > 300) {
            problems.add("The title is longer than 300 characters");
        }
        String legalBasis = text(root, "legalBasis", "The legal basis", problems);
        List<ProfileValue> values = values(root, profileId, problems);
        Set<String> removed = removed(root, values, problems);
        if (!problems.isEmpty()) {
            throw new ProfileRejectedException(problems);
        }
        return new ProfileDocument(profileId, version, title, legalBasis, values, removed, sha256(json));
    }

    /**
     * The rules against the version this file would follow ({@code previous}, null for a first
     * version): its version number, if the file gives one, must be the next; and no key of the
     * previous version may disappear unless the file lists it under {@code removed}.
     */
    public void checkSuccessorOf(LegalProfileVersion previous) {
        List<String> problems = new ArrayList<>();
        int next = previous == null ? 1 : previous.version() + 1;
        if (version != null && version != next) {
            problems.add("The file says version " + version + ", but the next version of " + profileId + " is " + next);
        }
        Set<String> previousKeys = previous == null ? Set.of() : previous.keys();
        Set<String> keys = keys();
        previousKeys.stream().filter(k -> !keys.contains(k) && !removed.contains(k)).sorted()
                .forEach(k -> problems.add("Key " + k + " of " + profileId + " version " + previous.version()
                        + " is missing: list it under \"removed\" to drop it on purpose"));
        removed.stream().filter(k -> !previousKeys.contains(k)).sorted()
                .forEach(k -> problems.add("Key " + k + " is listed as removed but the previous version has no such key"));
        if (!problems.isEmpty()) {
            throw new ProfileRejectedException(problems);
        }
    }

    public String profileId() {
        return profileId;
    }

    /** The version the file claims, or null when it leaves the numbering to the import. */
    public Integer version() {
        return version;
    }

    public String title() {
        return title;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public List<ProfileValue> values() {
        return values;
    }

    public Set<String> removed() {
        return removed;
    }

    /** SHA-256 of the file as received, hex. */
    public String sha256() {
        return sha256;
    }

    public Set<String> keys() {
        Set<String> keys = new HashSet<>();
        values.forEach(v -> keys.add(v.key()));
        return keys;
    }

    private static JsonObject readObject(String json, List<String> problems) {
        if (json == null || json.isBlank()) {
            problems.add("The file is empty");
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                problems.add("The file must be one JSON object");
                return null;
            }
            return value.asJsonObject();
        } catch (JsonParsingException e) {
            problems.add("The file is not valid JSON (line " + e.getLocation().getLineNumber() + ", column "
                    + e.getLocation().getColumnNumber() + ")");
            return null;
        } catch (RuntimeException e) {
            problems.add("The file is not valid JSON");
            return null;
        }
    }

    private static List<ProfileValue> values(JsonObject root, String profileId, List<String> problems) {
        List<ProfileValue> values = new ArrayList<>();
        if (!root.containsKey("values") || root.get("values").getValueType() != JsonValue.ValueType.ARRAY
                || root.getJsonArray("values").isEmpty()) {
            problems.add("The file must have a non-empty list \"values\"");
            return values;
        }
        Set<String> seen = new HashSet<>();
        int index = 0;
        for (JsonValue item : root.getJsonArray("values")) {
            index++;
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                problems.add("Value " + index + " is not an object");
                continue;
            }
            ProfileValue value = value(item.asJsonObject(), index, profileId, problems);
            if (value != null && !seen.add(value.key())) {
                problems.add("Key " + value.key() + " appears more than once");
            } else if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private static ProfileValue value(JsonObject v, int index, String profileId, List<String> problems) {
        int before = problems.size();
        String key = text(v, "key", "Value " + index + ": the key", problems);
        String name = key == null ? "Value " + index : "Key " + key;
        if (key != null && (key.length() > 120 || !KEY.matcher(key).matches())) {
            problems.add(name + ": a key is lower-case words joined by dots and hyphens, e.g. some-order.some-period");
        }
        v.keySet().stream().filter(f -> !VALUE_FIELDS.contains(f)).sorted()
                .forEach(f -> problems.add(name + ": unknown field \"" + f + "\""));
        ValueKind kind = enumValue(v, "kind", ValueKind.class, name, problems);
        ReviewStatus review = enumValue(v, "review", ReviewStatus.class, name, problems);
        String article = text(v, "article", name + ": the Article", problems);
        if (article != null && article.length() > 200) {
            problems.add(name + ": the Article is longer than 200 characters");
        }
        String inheritedFrom = null;
        if (v.containsKey("inheritedFrom")) {
            inheritedFrom = text(v, "inheritedFrom", name + ": inheritedFrom", problems);
            if (inheritedFrom != null && (!PROFILE_ID.matcher(inheritedFrom).matches() || inheritedFrom.equals(profileId))) {
                problems.add(name + ": inheritedFrom must name another profile");
            }
        }
        String text = null;
        List<String> items = List.of();
        if (kind != null && kind.isList()) {
            items = items(v, kind, name, problems);
            if (v.containsKey("value")) {
                problems.add(name + ": a " + kind + " has \"items\", not \"value\"");
            }
        } else if (kind != null) {
            text = scalar(v, kind, name, problems);
            if (v.containsKey("items")) {
                problems.add(name + ": a " + kind + " has a \"value\", not \"items\"");
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new ProfileValue(key, kind, text, items, article, review, inheritedFrom);
    }

    private static String scalar(JsonObject v, ValueKind kind, String name, List<String> problems) {
        if (!v.containsKey("value") || v.get("value").getValueType() != JsonValue.ValueType.STRING) {
            problems.add(name + ": the value is missing (give it as a string)");
            return null;
        }
        String text = v.getString("value");
        if (!kind.accepts(text)) {
            problems.add(name + ": \"" + text + "\" is not a valid " + kind + " (" + hint(kind) + ")");
            return null;
        }
        return text;
    }

    private static List<String> items(JsonObject v, ValueKind kind, String name, List<String> problems) {
        if (!v.containsKey("items") || v.get("items").getValueType() != JsonValue.ValueType.ARRAY
                || v.getJsonArray("items").isEmpty()) {
            problems.add(name + ": a " + kind + " needs a non-empty list \"items\"");
            return List.of();
        }
        JsonArray array = v.getJsonArray("items");
        List<String> items = new ArrayList<>();
        for (JsonValue item : array) {
            String text = item instanceof JsonString s ? s.getString() : null;
            if (!kind.accepts(text)) {
                problems.add(name + ": item " + (text == null ? item.toString() : "\"" + text + "\"") + " is not a valid "
                        + kind + " item (" + hint(kind) + ")");
            } else if (items.contains(text)) {
                problems.add(name + ": item \"" + text + "\" appears more than once");
            } else {
                items.add(text);
            }
        }
        return items;
    }

    private static Set<String> removed(JsonObject root, List<ProfileValue> values, List<String> problems) {
        Set<String> removed = new LinkedHashSet<>();
        if (!root.containsKey("removed")) {
            return removed;
        }
        if (root.get("removed").getValueType() != JsonValue.ValueType.ARRAY) {
            problems.add("\"removed\" must be a list of keys");
            return removed;
        }
        for (JsonValue item : root.getJsonArray("removed")) {
            String key = item instanceof JsonString s ? s.getString() : null;
            if (key == null || !KEY.matcher(key).matches()) {
                problems.add("\"removed\" holds " + item + ", which is not a key");
            } else if (values.stream().anyMatch(v -> v.key().equals(key))) {
                problems.add("Key " + key + " is both listed as removed and given a value");
            } else {
                removed.add(key);
            }
        }
        return removed;
    }

    static String hint(ValueKind kind) {
        return switch (kind) {
            case DURATION -> "ISO-8601 in one unit: PT24H, P30D, P6W, P3M or P5Y";
            case DATE_OF_YEAR -> "--MM-DD, e.g. --01-31";
            case PERCENT -> "a number from 0 to 100, e.g. 6 or 0.5";
            case COUNT -> "a whole number";
            case FLAG -> "true or false";
            case TEXT -> "one line of at most " + MAX_TEXT + " characters";
            case LIST -> "codes in capitals, e.g. REMOVAL_ORDER";
            case FIELDS, TEMPLATE -> "field names in camelCase, e.g. orderReference";
        };
    }

    private static <E extends Enum<E>> E enumValue(JsonObject v, String field, Class<E> type, String name, List<String> problems) {
        if (!v.containsKey(field) || v.get(field).getValueType() != JsonValue.ValueType.STRING) {
            problems.add(name + ": \"" + field + "\" is missing");
            return null;
        }
        String code = v.getString(field);
        try {
            return Enum.valueOf(type, code);
        } catch (IllegalArgumentException e) {
            problems.add(name + ": unknown " + field + " \"" + code + "\" (known: "
                    + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + ")");
            return null;
        }
    }

    private static String text(JsonObject o, String field, String label, List<String> problems) {
        if (!o.containsKey(field) || o.get(field).getValueType() != JsonValue.ValueType.STRING || o.getString(field).isBlank()) {
            problems.add(label + " is missing (\"" + field + "\")");
            return null;
        }
        String text = o.getString(field).strip();
        if (text.length() > MAX_TEXT) {
            problems.add(label + " is longer than " + MAX_TEXT + " characters");
            return null;
        }
        return text;
    }

    private static String sha256(String json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
