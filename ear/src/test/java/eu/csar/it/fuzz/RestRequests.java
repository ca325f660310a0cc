package eu.csar.it.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Hostile requests for one REST operation: any caller, odd path ids and query values, odd Accept and
 * Content-Type headers, wrong methods, and a JSON body built from the schema and then mutated. Every
 * request to a write operation carries at least one part the platform must refuse (a poisoned body,
 * an unknown id, no valid token), so a 2xx for it is a finding and the registry must not change.
 */
final class RestRequests implements RequestSource {

    private static final List<String> ACCEPTS = List.of("application/json", "application/json", "", "*/*",
            "application/problem+json", "application/json, */*;q=0.1", "application/xml", "text/html");
    private static final Set<String> UNACCEPTABLE = Set.of("application/xml", "text/html");
    private static final List<String> WRONG_CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/octet-stream", "text/json");
    private static final List<String> METHODS = List.of("GET", "PUT", "POST", "DELETE", "PATCH");

    private final RestOperation operation;
    private final Set<String> methodsOfPath;
    private final List<String> knownIds;

    RestRequests(RestOperation operation, List<RestOperation> all, List<String> knownIds) {
        this.operation = operation;
        this.methodsOfPath = Set.copyOf(all.stream().filter(o -> o.path().equals(operation.path())).map(RestOperation::method).toList());
        this.knownIds = knownIds;
    }

    @Override
    public String label() {
        return operation.label();
    }

    @Override
    public FuzzRequest next(Draw draw) {
        List<String> refusals = new ArrayList<>();
        String caller = draw.pick(Callers.ALL);
        if (!operation.open() && !Callers.authenticated(caller)) {
            refusals.add("no valid token");
        }
        String method = operation.method();
        List<String> wrongMethods = METHODS.stream().filter(m -> !methodsOfPath.contains(m)).toList();
        if (!wrongMethods.isEmpty() && draw.chance(0.08)) {
            method = draw.pick(wrongMethods);
            refusals.add(method + " not allowed");
        }
        String path = path(draw, refusals);
        List<String> headers = new ArrayList<>();
        String accept = draw.pick(ACCEPTS);
        if (!accept.isEmpty()) {
            headers.add("Accept");
            headers.add(accept);
        }
        if (UNACCEPTABLE.contains(accept)) {
            refusals.add("Accept " + accept);
        }
        byte[] body = null;
        if (operation.body() != null || draw.chance(0.05)) {
            body = body(draw, headers, refusals);
        }
        if (operation.writes() && refusals.isEmpty()) {
            caller = draw.pick(List.of(Callers.ANONYMOUS, Callers.FORGED));
            refusals.add("no valid token");
        }
        return new FuzzRequest(label(), false, method, path, headers, body, caller, !refusals.isEmpty(), String.join("; ", refusals));
    }

    private String path(Draw draw, List<String> refusals) {
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        for (RestOperation.Parameter p : operation.parameters()) {
            if ("path".equals(p.in())) {
                String id = draw.from(HostileText.ids(knownIds));
                if (operation.writes() && operation.body() == null && knownIds.contains(id)) {
                    id = draw.from(HostileText.uuids());
                }
                if (operation.writes() && operation.body() == null) {
                    refusals.add("unknown " + p.name());
                }
                path = path.replace("{" + p.name() + "}", encode(id).replace("+", "%20"));
            } else if ("query".equals(p.in()) && draw.chance(0.6)) {
                String value;
                if (p.shape() instanceof Shape.Whole) {
                    value = draw.from(HostileText.integers());
                    if (!value.isEmpty() && !HostileText.isInt(value)) {
                        refusals.add(p.name() + " is no integer");
                    }
                } else {
                    value = draw.chance(0.3) ? String.valueOf(FieldValues.valid(p.shape(), draw)) : draw.from(HostileText.strings());
                }
                query.append(query.length() == 0 ? '?' : '&').append(encode(p.name())).append('=').append(encode(value));
            }
        }
        if (draw.chance(0.1)) {
            query.append(query.length() == 0 ? '?' : '&').append(encode(draw.from(HostileText.strings())))
                    .append('=').append(encode(draw.from(HostileText.strings())));
        }
        return path + query;
    }

    private byte[] body(Draw draw, List<String> headers, List<String> refusals) {
        Shape shape = operation.body() != null ? operation.body() : new Shape.Fields("body", java.util.Map.of());
        Object model = FieldValues.valid(shape, draw);
        for (int i = draw.upTo(3); i > 0; i--) {
            Slots.mutate(model, shape, draw, false);
        }
        String contentType = draw.pick(List.of("application/json", "application/json", "application/json; charset=UTF-8"));
        byte[] bytes = JsonText.write(model).getBytes(StandardCharsets.UTF_8);
        int kind = operation.writes() && operation.body() != null ? draw.upTo(6) : -1;
        if (kind == 0) {
            contentType = draw.pick(WRONG_CONTENT_TYPES);
            refusals.add("Content-Type " + contentType);
            if (contentType.contains("xml")) {
                bytes = JsonBodies.xxe().getBytes(StandardCharsets.UTF_8);
            }
        } else {
            if (kind > 0) {
                JsonBodies.Poisoned poisoned = JsonBodies.poison(model, shape, draw, kind);
                refusals.add(poisoned.why());
                bytes = poisoned.bytes();
            }
            if (draw.chance(0.03)) {
                contentType = draw.pick(List.of("application/json; charset=UTF-16", "application/json; charset=nonsense", "*/*"));
            }
        }
        headers.add("Content-Type");
        headers.add(contentType);
        return bytes;
    }

    /** URL-encoded, cut to 2,000 characters first: longer URLs are refused by the web server before the API sees them. */
    static String encode(String text) {
        return URLEncoder.encode(text.length() > 2000 ? text.substring(0, 2000) : text, StandardCharsets.UTF_8);
    }
}
