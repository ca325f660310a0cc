package eu.csar.it.fuzz;

import java.util.List;
import java.util.Map;

/**
 * Writes a generated payload (the JSON model of {@link FieldValues}) as a SOAP payload element: maps as
 * child elements, lists as repeated elements, text escaped the way a careless client escapes it
 * (characters XML 1.0 forbids as character references, which a parser must refuse).
 */
final class SoapXml {

    private SoapXml() {
    }

    static String element(String name, String namespace, Object model, Shape shape, boolean qualified) {
        StringBuilder out = new StringBuilder("<p:").append(name).append(" xmlns:p=\"").append(namespace).append("\">");
        children(model, qualified ? "p:" : "", out);
        return out.append("</p:").append(name).append('>').toString();
    }

    private static void children(Object model, String prefix, StringBuilder out) {
        if (model instanceof Map<?, ?> map) {
            map.forEach((key, value) -> field(prefix + xmlName(String.valueOf(key)), value, prefix, out));
        } else {
            text(model, out);
        }
    }

    private static void field(String name, Object value, String prefix, StringBuilder out) {
        if (value == null) {
            return;
        }
        if (value instanceof List<?> list) {
            list.forEach(item -> field(name, item, prefix, out));
            return;
        }
        out.append('<').append(name).append('>');
        children(value, prefix, out);
        out.append("</").append(name).append('>');
    }

    private static void text(Object value, StringBuilder out) {
        if (value instanceof JsonText.Raw raw) {
            out.append(raw.text());
            return;
        }
        String s = String.valueOf(value);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || Character.isSurrogate(c) && !pair(s, i)) {
                        out.append("&#").append((int) c).append(';');
                    } else {
                        out.append(c);
                        if (Character.isHighSurrogate(c)) {
                            out.append(s.charAt(++i));
                        }
                    }
                }
            }
        }
    }

    private static boolean pair(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }

    /** Element names must stay names, or the whole request is just broken XML. */
    private static String xmlName(String key) {
        String name = key.replaceAll("[^A-Za-z0-9_.-]", "");
        return name.isEmpty() || !Character.isLetter(name.charAt(0)) ? "x" + name : name;
    }
}
