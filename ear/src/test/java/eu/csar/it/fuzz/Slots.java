package eu.csar.it.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The places inside a generated body (JSON or SOAP payload) where a value sits, each with the shape the
 * schema declares for it, and the mutations that the generators apply there: hostile text, wrong
 * types, missing, extra and null fields, odd lists and numbers. {@link #mutate} adds noise that may
 * or may not be valid; {@link #poison} makes the body one that every field check must refuse.
 */
final class Slots {

    /** One place: a key in a map or an index in a list. */
    record Slot(Object container, Object key, Shape shape) {

        @SuppressWarnings("unchecked")
        void set(Object value) {
            if (container instanceof Map<?, ?> map) {
                ((Map<Object, Object>) map).put(key, value);
            } else {
                ((List<Object>) container).set((Integer) key, value);
            }
        }

        void remove() {
            if (container instanceof Map<?, ?> map) {
                map.remove(key);
            }
        }
    }

    private static final List<String> EXTRA_NAMES = List.of("extra", "id", "status", "providerId", "__proto__", "constructor",
            "$type", "@class", "legalName ", "EMAIL", "", "\u0000", "a".repeat(5000));

    private Slots() {
    }

    static List<Slot> of(Object model, Shape shape) {
        List<Slot> slots = new ArrayList<>();
        collect(model, shape, slots);
        return slots;
    }

    @SuppressWarnings("unchecked")
    private static void collect(Object model, Shape shape, List<Slot> into) {
        if (model instanceof Map<?, ?> map && shape instanceof Shape.Fields fields) {
            fields.fields().forEach((name, field) -> {
                if (map.containsKey(name)) {
                    into.add(new Slot(map, name, field));
                    collect(map.get(name), field, into);
                }
            });
        } else if (model instanceof List<?> list && shape instanceof Shape.Many many) {
            for (int i = 0; i < list.size(); i++) {
                into.add(new Slot(list, i, many.item()));
                collect(((List<Object>) list).get(i), many.item(), into);
            }
        }
    }

    /** One noise mutation somewhere in the body; the body may stay valid. */
    @SuppressWarnings("unchecked")
    static void mutate(Object model, Shape shape, Draw draw, boolean xml) {
        List<Slot> slots = of(model, shape);
        int kind = draw.upTo(7);
        if (kind == 0 && model instanceof Map<?, ?> map) {
            Object value = draw.chance(0.2) ? deep(draw, xml) : draw.from(HostileText.strings());
            ((Map<Object, Object>) map).put(xml ? "extra" : draw.pick(EXTRA_NAMES), value);
            return;
        }
        if (slots.isEmpty()) {
            return;
        }
        Slot slot = draw.pick(slots);
        switch (kind) {
            case 1 -> slot.remove();
            case 2 -> slot.set(null);
            case 3 -> slot.set(FieldValues.wrongType(slot.shape(), draw));
            case 4 -> {
                List<Slot> lists = slots.stream().filter(s -> s.shape() instanceof Shape.Many).toList();
                if (!lists.isEmpty()) {
                    Slot list = draw.pick(lists);
                    Shape item = ((Shape.Many) list.shape()).item();
                    int size = draw.pick(List.of(0, 35, 200, 2000));
                    List<Object> items = new ArrayList<>(Collections.nCopies(size, null));
                    items.replaceAll(x -> draw.chance(0.05) ? null : FieldValues.valid(item, draw));
                    list.set(items);
                }
            }
            case 5 -> slot.set(slot.shape() instanceof Shape.Whole && !xml
                    ? new JsonText.Raw(draw.pick(List.of("1e400", "-1", "9223372036854775808", "1.5", "-0", "\"5\"", "0.0000001")))
                    : draw.from(HostileText.strings()));
            default -> slot.set(draw.from(HostileText.strings()));
        }
    }

    /** The kinds of poison a body can carry. */
    enum Poison { FIELD_TYPE, FIELD_TEXT }

    /**
     * Makes the body invalid in a way no check may let through: a field of the wrong type or a text field
     * holding a character no field accepts. Returns what was done, or {@code null} if the body has no
     * place for it (the caller then poisons the request some other way).
     */
    static String poison(Object model, Shape shape, Draw draw, Poison poison) {
        List<Slot> slots = of(model, shape).stream()
                .filter(s -> poison == Poison.FIELD_TYPE || s.shape() instanceof Shape.Text).toList();
        if (slots.isEmpty()) {
            return null;
        }
        Slot slot = draw.pick(slots);
        if (poison == Poison.FIELD_TYPE) {
            slot.set(FieldValues.wrongType(slot.shape(), draw));
            return "field " + slot.key() + " of the wrong type";
        }
        slot.set(draw.from(HostileText.poison()));
        return "field " + slot.key() + " holds a forbidden character";
    }

    /** Deep nesting: a JSON value or an XML fragment thousands of levels deep. */
    static Object deep(Draw draw, boolean xml) {
        int depth = draw.pick(List.of(100, 1_000, 10_000, 50_000));
        if (xml) {
            return new JsonText.Raw("<a>".repeat(depth) + "x" + "</a>".repeat(depth));
        }
        return draw.chance(0.5) ? new JsonText.Raw("[".repeat(depth) + "]".repeat(depth))
                : new JsonText.Raw("{\"a\":".repeat(depth) + "1" + "}".repeat(depth));
    }
}
