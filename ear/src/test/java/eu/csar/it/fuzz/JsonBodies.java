package eu.csar.it.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * JSON request bodies that no endpoint may accept: a field of the wrong type, a forbidden character in
 * a text field, a top-level value of the wrong type, broken syntax, invalid UTF-8; and an XML body with
 * an external entity for endpoints that only take JSON.
 */
final class JsonBodies {

    /** The bytes to send and why they must be refused. */
    record Poisoned(byte[] bytes, String why) {
    }

    private static final String MARK = "fuzzInvalidUtf8Here";
    private static final List<byte[]> INVALID_UTF8 = List.of(new byte[]{(byte) 0xff}, new byte[]{(byte) 0xc3, 0x28},
            new byte[]{(byte) 0xed, (byte) 0xa0, (byte) 0x80}, new byte[]{(byte) 0xc0, (byte) 0xaf}, new byte[]{(byte) 0xe2, (byte) 0x82});

    private JsonBodies() {
    }

    /** {@code kind} 1..5 picks the poison; a body without a place for the chosen one gets broken syntax. */
    static Poisoned poison(Object model, Shape shape, Draw draw, int kind) {
        if (kind == 1 || kind == 2) {
            String why = Slots.poison(model, shape, draw, kind == 1 ? Slots.Poison.FIELD_TYPE : Slots.Poison.FIELD_TEXT);
            if (why != null) {
                return utf8(JsonText.write(model), why);
            }
        }
        if (kind == 3) {
            return utf8(draw.pick(List.of("[]", "\"x\"", "42", "null", "true", "[{}]", "[".repeat(20_000) + "]".repeat(20_000))),
                    "body of the wrong JSON type");
        }
        if (kind == 5) {
            List<Slots.Slot> texts = Slots.of(model, shape).stream().filter(s -> s.shape() instanceof Shape.Text).toList();
            if (!texts.isEmpty()) {
                draw.pick(texts).set(MARK);
                return new Poisoned(replaceMark(JsonText.write(model), draw.pick(INVALID_UTF8)), "invalid UTF-8 in a text field");
            }
        }
        return utf8(broken(JsonText.write(model), draw), "broken JSON syntax");
    }

    private static String broken(String json, Draw draw) {
        return switch (draw.upTo(7)) {
            case 0 -> json.substring(0, Math.max(0, draw.upTo(Math.max(1, json.length() - 1))));
            case 1 -> json + "}";
            case 2 -> json.replace('"', '\'');
            case 3 -> "{\"a\":}";
            case 4 -> "/* comment */" + json + ",";
            case 5 -> "[".repeat(draw.pick(List.of(1_000, 100_000)));
            default -> "";
        };
    }

    /** A DOCTYPE with an external entity reading a local file, for an endpoint that must refuse XML outright. */
    static String xxe() {
        return "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><r><legalName>&xxe;</legalName></r>";
    }

    private static Poisoned utf8(String text, String why) {
        return new Poisoned(text.getBytes(StandardCharsets.UTF_8), why);
    }

    private static byte[] replaceMark(String json, byte[] invalid) {
        int at = json.indexOf(MARK);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(json.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes("fuzz".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(invalid);
        out.writeBytes(json.substring(at + MARK.length()).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
