package eu.csar.it.fuzz;

import eu.csar.it.support.Api;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One generated request: which operation it aims at, what is sent, by whom, and whether the platform
 * must refuse it ({@code mustRefuse}, with the reason: a write that carries an invalid part, a token
 * that is missing or forged, a wrong method ...). {@link #curl()} reproduces it by hand.
 */
record FuzzRequest(String target, boolean soap, String method, String path, List<String> headers, byte[] body,
                   String caller, boolean mustRefuse, String why) {

    Api.Response send(Callers callers) {
        return Api.raw(method, path, body, callers.token(caller), headers.toArray(String[]::new));
    }

    String curl() {
        StringBuilder out = new StringBuilder("curl -X ").append(method).append(" '").append(Api.BASE_URL).append(path).append('\'');
        for (int i = 0; i + 1 < headers.size(); i += 2) {
            out.append(" -H '").append(headers.get(i)).append(": ").append(headers.get(i + 1)).append('\'');
        }
        if (!Callers.ANONYMOUS.equals(caller)) {
            out.append(" -H 'Authorization: Bearer <").append(caller).append(">'");
        }
        if (body != null) {
            String text = new String(body, StandardCharsets.UTF_8);
            out.append(" --data-binary $'").append(printable(text.length() > 3000
                    ? text.substring(0, 3000) + "...(" + body.length + " bytes)" : text)).append('\'');
        }
        return out.toString();
    }

    /** Non-printable and non-ASCII characters as \\u escapes, so that a report shows what was sent. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> {
            if (c < 0x20 || c >= 0x7f) {
                out.append(String.format("\\u%04x", c));
            } else if (c == '\'') {
                out.append("\\'");
            } else {
                out.append((char) c);
            }
        });
        return out.toString();
    }
}
