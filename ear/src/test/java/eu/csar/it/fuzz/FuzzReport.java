package eu.csar.it.fuzz;

import eu.csar.it.support.Api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a run did and found: requests, duration and rate, answers by status and by operation, and each
 * distinct finding (kind, operation, status) with its count, a curl command that reproduces it, the
 * answer and the server.log lines it caused. Written to {@code target/fuzz/report.md}.
 */
final class FuzzReport {

    /** One distinct finding and its first example. */
    static final class Finding {
        final String kind;
        final String target;
        final int status;
        final String example;
        final String answer;
        final List<String> log;
        int count;

        Finding(String kind, String target, int status, String example, String answer, List<String> log) {
            this.kind = kind;
            this.target = target;
            this.status = status;
            this.example = example;
            this.answer = answer;
            this.log = log;
        }
    }

    private final long seed;
    private final long started = System.nanoTime();
    private long finished;
    private int requests;
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final Map<String, Map<Integer, Integer>> byTarget = new TreeMap<>();
    private final Map<String, Finding> findings = new LinkedHashMap<>();
    private final List<String> stateChanges = new ArrayList<>();

    FuzzReport(long seed) {
        this.seed = seed;
    }

    void record(FuzzRequest request, Api.Response response, List<String> problems, List<String> logLines) {
        requests++;
        int status = response == null ? 0 : response.status();
        statuses.merge(status, 1, Integer::sum);
        byTarget.computeIfAbsent(request.target(), t -> new TreeMap<>()).merge(status, 1, Integer::sum);
        problems.forEach(problem -> finding(problem, request, status, response, logLines));
        if (!logLines.isEmpty()) {
            finding("stack trace or ERROR in server.log", request, status, response, logLines);
        }
    }

    void personalDataLogged(FuzzRequest request, Api.Response response) {
        finding("personal data in server.log", request, response == null ? 0 : response.status(), response, List.of());
    }

    private void finding(String kind, FuzzRequest request, int status, Api.Response response, List<String> logLines) {
        String key = kind.replaceAll("\\(.*\\)", "") + "|" + request.target() + "|" + status;
        findings.computeIfAbsent(key, k -> new Finding(kind, request.target(), status,
                request.curl() + (request.why().isEmpty() ? "" : "   # must be refused: " + request.why()),
                response == null ? "no answer" : FuzzRequest.printable(abbreviate(response.headers().firstValue("Content-Type").orElse("")
                        + " " + response.body(), 500)),
                logLines.stream().limit(4).map(line -> abbreviate(line, 300)).toList())).count++;
    }

    void stateChanged(Map<String, String> before, Map<String, String> after) {
        after.forEach((table, sum) -> {
            if (!Objects.equals(before.get(table), sum)) {
                stateChanges.add(table);
            }
        });
    }

    void finish() {
        finished = System.nanoTime();
    }

    boolean clean() {
        return findings.isEmpty() && stateChanges.isEmpty();
    }

    String markdown() {
        Duration duration = Duration.ofNanos(finished - started);
        double seconds = Math.max(0.001, duration.toMillis() / 1000.0);
        StringBuilder out = new StringBuilder("# Hostile requests: seed ").append(seed).append("\n\n")
                .append(String.format("%d requests in %.1f s (%.0f requests/s)%n%n", requests, seconds, requests / seconds))
                .append("| status | answers |\n|---|---|\n");
        statuses.forEach((status, count) -> out.append("| ").append(status == 0 ? "no answer" : status).append(" | ").append(count).append(" |\n"));
        out.append("\n| operation | answers by status |\n|---|---|\n");
        byTarget.forEach((target, counts) -> out.append("| ").append(target).append(" | ").append(counts).append(" |\n"));
        out.append("\nTables changed: ").append(stateChanges.isEmpty() ? "none" : stateChanges).append("\n\n")
                .append("## ").append(findings.size()).append(" distinct findings\n");
        findings.values().forEach(f -> {
            out.append("\n### ").append(f.kind).append(" - ").append(f.target).append(" - status ").append(f.status)
                    .append(" (").append(f.count).append("x)\n    ").append(f.example).append("\n    answer: ").append(f.answer).append('\n');
            f.log.forEach(line -> out.append("    log: ").append(line).append('\n'));
        });
        return out.toString();
    }

    void write(Path directory) {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve("report.md"), markdown());
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the fuzz report to " + directory, e);
        }
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "...";
    }
}
