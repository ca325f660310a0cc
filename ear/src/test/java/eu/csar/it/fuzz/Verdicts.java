package eu.csar.it.fuzz;

import eu.csar.it.support.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an answer is one a partner can act on. REST: a 2xx only for a request that may succeed, any
 * refusal a 4xx {@code application/problem+json} whose status matches, 405 with {@code Allow}. SOAP: a
 * fault (HTTP 500, as SOAP 1.1 wants) that blames the client (its problem status a 4xx, or faultcode
 * Client), or a 4xx. Never 3xx or 5xx, and never internals (class names, parser positions, file contents).
 */
final class Verdicts {

    /**
     * A class name ending in Exception is matched from the start of its run of letters only (the
     * look-behind): the same matches as {@code [A-Za-z]+Exception\b} alone, but that one tried every
     * position inside a run and backtracked over the rest of it, quadratic in the run's length, and a
     * fault that echoes a 65,536-letter value (an invalid id quoted in faultstring and detail) took 34 s
     * to check, half of the test's time with seed 7720678846719.
     */
    private static final Pattern INTERNALS = Pattern.compile(
            "RESTEASY\\d{4,}|com\\.ctc\\.wstx|org\\.(hibernate|jboss|apache|glassfish|eclipse)\\.|java\\.(lang|io|util|net|sql)\\.|"
                    + "jakarta\\.(ws|xml|ejb|persistence|json)\\.|(?<![A-Za-z])[A-Za-z]+Exception\\b|\\[row,col|\\bat line \\d");
    private static final Pattern PROBLEM_STATUS = Pattern.compile("<(?:\\w+:)?status>(\\d+)</");
    /** SOAP 1.1 fault codes that blame the sender. */
    private static final java.util.Set<String> CLIENT_FAULTS = java.util.Set.of("Client", "VersionMismatch", "MustUnderstand");
    private static final Pattern FAULT_CODE = Pattern.compile("<faultcode>(?:\\w+:)?(\\w+)</faultcode>");

    private Verdicts() {
    }

    /** What is wrong with the answer: nothing if it is fine. */
    static List<String> check(FuzzRequest request, Api.Response response) {
        int status = response.status();
        List<String> problems = new ArrayList<>();
        if (response.body().contains("root:x:0:0")) {
            problems.add("file contents in the answer");
        }
        if (status >= 200 && status < 300) {
            if (request.mustRefuse()) {
                problems.add("accepted although " + request.why());
            }
            return problems;
        }
        Matcher leak = INTERNALS.matcher(response.body());
        if (leak.find()) {
            problems.add("internals in the answer (" + leak.group() + ")");
        }
        (request.soap() ? soap(response) : rest(response)).ifPresent(problems::add);
        return problems;
    }

    private static Optional<String> rest(Api.Response response) {
        int status = response.status();
        if (status < 400 || status >= 500) {
            return Optional.of(status + " instead of a 4xx problem");
        }
        String type = response.header("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return Optional.of(status + " with Content-Type '" + type + "' instead of application/problem+json");
        }
        JsonObject problem;
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            problem = reader.readObject();
        } catch (RuntimeException e) {
            return Optional.of(status + " with a problem that is no JSON object");
        }
        if (!problem.containsKey("status") || problem.get("status").getValueType() != JsonValue.ValueType.NUMBER
                || problem.getInt("status") != status || !problem.containsKey("type") || !problem.containsKey("title")) {
            return Optional.of(status + " with a problem lacking type, title or a matching status");
        }
        if (status == 405 && response.header("Allow").isEmpty()) {
            return Optional.of("405 without Allow");
        }
        return Optional.empty();
    }

    private static Optional<String> soap(Api.Response response) {
        int status = response.status();
        if (status >= 400 && status < 500) {
            return Optional.empty();
        }
        if (status != 500 || !response.body().contains("Fault>")) {
            return Optional.of(status + " instead of a SOAP fault or a 4xx");
        }
        Matcher problemStatus = PROBLEM_STATUS.matcher(response.body());
        if (problemStatus.find()) {
            int code = Integer.parseInt(problemStatus.group(1));
            return code >= 400 && code < 500 ? Optional.empty() : Optional.of("SOAP fault with problem status " + code);
        }
        Matcher faultCode = FAULT_CODE.matcher(response.body());
        String code = faultCode.find() ? faultCode.group(1) : "none";
        return CLIENT_FAULTS.contains(code) ? Optional.empty() : Optional.of("SOAP fault with faultcode " + code + " and no problem detail");
    }
}
