package eu.csar.web.platform.rest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A problem's {@code instance}: the base path and the request's decoded, non-empty path segments, with no
 * more than {@value #SEGMENT_MAX} characters (code points) of any one segment; a longer one ends in
 * {@code …}, so that a refusal of a 6,000-letter path does not repeat it.
 */
final class ProblemInstance {

    static final int SEGMENT_MAX = 80;

    private ProblemInstance() {
    }

    static String of(String base, List<String> segments) {
        String path = segments.stream().filter(segment -> !segment.isEmpty()).map(ProblemInstance::capped)
                .collect(Collectors.joining("/"));
        return (base.endsWith("/") ? base : base + "/") + path;
    }

    private static String capped(String segment) {
        if (segment.codePointCount(0, segment.length()) <= SEGMENT_MAX) {
            return segment;
        }
        return segment.substring(0, segment.offsetByCodePoints(0, SEGMENT_MAX)) + "…";
    }
}
