package eu.csar.it.fuzz;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Valid values by field, so that a generated request gets past parsing and reaches the checks the
 * hostile part is aimed at. The schemas only say "string"; the field name says what the platform
 * expects. A later endpoint whose fields need a particular valid value adds a line to {@link #text}.
 */
final class FieldValues {

    /** The contact data every generated request uses: server.log must never show it. */
    static final String EMAIL = "fuzz.valid@example.org";
    static final String PHONE = "+31 20 555 0100";

    private FieldValues() {
    }

    /** A valid JSON-model value (String, Long, Boolean, List, Map) for the shape. */
    static Object valid(Shape shape, Draw draw) {
        if (shape instanceof Shape.Text t) {
            return t.allowed().isEmpty() ? text(t, draw) : draw.pick(t.allowed());
        }
        if (shape instanceof Shape.Whole w) {
            return w.name().toLowerCase(Locale.ROOT).contains("version") ? 0L : 1L;
        }
        if (shape instanceof Shape.Many m) {
            List<Object> items = new ArrayList<>();
            items.add(valid(m.item(), draw));
            return items;
        }
        if (shape instanceof Shape.Fields f) {
            Map<String, Object> fields = new LinkedHashMap<>();
            f.fields().forEach((name, field) -> fields.put(name, valid(field, draw)));
            return fields;
        }
        return Boolean.TRUE;
    }

    private static String text(Shape.Text t, Draw draw) {
        if ("uuid".equals(t.format())) {
            return draw.from(HostileText.uuids());
        }
        if ("date-time".equals(t.format())) {
            return Instant.now().toString();
        }
        String name = t.name().toLowerCase(Locale.ROOT);
        if (name.contains("email")) {
            return EMAIL;
        }
        if (name.contains("phone")) {
            return PHONE;
        }
        if (name.contains("language")) {
            return draw.pick(List.of("en", "nl", "de", "fr"));
        }
        if (name.contains("memberstate") || name.contains("establishment") || name.contains("offeredin")) {
            return draw.pick(List.of("NL", "DE", "FR", "IE"));
        }
        if (name.contains("servicetype") || name.equals("type")) {
            return draw.pick(List.of("HOSTING", "INTERPERSONAL_COMMUNICATIONS", "APP_STORE"));
        }
        if (name.equals("event")) {
            return draw.pick(List.of("SUSPEND", "REINSTATE"));
        }
        if (name.equals("outcome")) {
            return draw.pick(List.of("GRANTED", "REFUSED"));
        }
        if (name.contains("address")) {
            return "Fuzzstraat 1, 1011 AB Amsterdam";
        }
        return "Fuzz valid " + name;
    }

    /** A value of the wrong JSON type for the shape, which no JSON binding converts. */
    static Object wrongType(Shape shape, Draw draw) {
        if (shape instanceof Shape.Whole) {
            return draw.pick(List.<Object>of("not-a-number", new LinkedHashMap<String, Object>(), List.of(1)));
        }
        if (shape instanceof Shape.Many) {
            return new LinkedHashMap<String, Object>(Map.of("item", "x"));
        }
        if (shape instanceof Shape.Fields) {
            return draw.chance(0.5) ? "x" : new ArrayList<Object>(List.of(1, 2));
        }
        return draw.chance(0.5) ? new LinkedHashMap<String, Object>() : new ArrayList<Object>(List.of("x"));
    }
}
