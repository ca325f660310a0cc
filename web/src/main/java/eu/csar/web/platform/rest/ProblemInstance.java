package eu.csar.web.platform.rest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A problem's {@code instance}: the base path and the request's decoded, non-empty path segments, with no
 * more of any one segment than a refusal quotes of a value ({@link Inputs#shortened}: its first 80 characters
 * and {@code …}), so that a refusal of a 6,000-letter path does not repeat it.
 */
final class ProblemInstance {

    private ProblemInstance() {
    }

    static String of(String base, List<String> segments) {
        String path = segments.stream().filter(segment -> !segment.isEmpty()).map(Inputs::shortened)
                .collect(Collectors.joining("/"));
        return (base.endsWith("/") ? base : base + "/") + path;
    }
}
