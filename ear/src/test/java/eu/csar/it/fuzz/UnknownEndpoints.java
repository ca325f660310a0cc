package eu.csar.it.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Requests for API paths that do not exist: every answer must be a 4xx problem (404), whoever asks. */
final class UnknownEndpoints implements RequestSource {

    private static final List<String> PREFIXES = List.of("/api/v1/", "/api/v1/providers/me/", "/api/v2/", "/api/public/",
            "/api/v1/audit/");

    @Override
    public String label() {
        return "unknown API path";
    }

    @Override
    public FuzzRequest next(Draw draw) {
        String segment = RestRequests.encode(draw.from(HostileText.strings())).replace("+", "%20");
        String path = draw.pick(PREFIXES) + "fuzz-" + segment;
        List<String> headers = new ArrayList<>(List.of("Accept", draw.pick(List.of("application/json", "*/*"))));
        String method = draw.pick(List.of("GET", "POST", "PUT", "DELETE", "PATCH"));
        byte[] body = "GET".equals(method) ? null : "{}".getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            headers.add("Content-Type");
            headers.add("application/json");
        }
        return new FuzzRequest(label(), false, method, path, headers, body, draw.pick(Callers.ALL), true, "no such endpoint");
    }
}
