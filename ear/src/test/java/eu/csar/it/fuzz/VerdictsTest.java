package eu.csar.it.fuzz;

import eu.csar.it.support.Api;
import org.junit.jupiter.api.Test;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeout;

/**
 * The verdicts themselves, without a server: an answer that echoes a huge value is judged in
 * milliseconds (the fuzz test sends values of up to 300,000 characters, and a fault may quote one
 * three times), and class names in an answer are still found, named as before.
 */
class VerdictsTest {

    private static final FuzzRequest SOAP_WRITE = new FuzzRequest("SOAP /ws/x FinishReport", true, "POST", "/ws/x", List.of(),
            new byte[0], Callers.PROVIDERS.get(0), true, "field reportId holds a huge value");
    private static final FuzzRequest REST_READ = new FuzzRequest("GET /api/v1/x", false, "GET", "/api/v1/x", List.of(), null,
            Callers.ANONYMOUS, false, "");

    private static Api.Response answer(int status, String contentType, String body) {
        return new Api.Response(status, body, HttpHeaders.of(Map.of("Content-Type", List.of(contentType)), (name, value) -> true));
    }

    /** The fault of report intake for an id that is no UUID: the value quoted in faultstring and twice in the problem. */
    private static String faultQuoting(String value) {
        String detail = "'" + value + "' is not a UUID";
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>"
                + "<faultcode>soap:Client</faultcode><faultstring>Invalid input: " + detail + "</faultstring><detail>"
                + "<p:problem xmlns:p=\"urn:eu:csar:problem\"><type>urn:eu:csar:problem:invalid-input</type><title>Invalid input</title>"
                + "<status>400</status><detail>" + detail + "</detail><field>reportId</field><value>" + value + "</value>"
                + "</p:problem></detail></soap:Fault></soap:Body></soap:Envelope>";
    }

    @Test
    void aFaultThatEchoesAHugeValueIsJudgedInMilliseconds() {
        String body = faultQuoting("a".repeat(65_536));
        List<String> problems = assertTimeout(Duration.ofSeconds(2), () -> Verdicts.check(SOAP_WRITE, answer(500, "text/xml", body)));
        assertEquals(List.of(), problems);
    }

    @Test
    void classNamesInAnAnswerAreStillFoundAndNamedWhole() {
        assertEquals(List.of("internals in the answer (NullPointerException)", "500 instead of a 4xx problem"),
                Verdicts.check(REST_READ, answer(500, "text/plain", "error 1NullPointerException at x")));
        assertEquals(List.of("internals in the answer (xNullPointerException)", "500 instead of a 4xx problem"),
                Verdicts.check(REST_READ, answer(500, "text/plain", "b".repeat(20_000) + " xNullPointerException")));
        assertEquals(List.of("internals in the answer (" + "c".repeat(20_000) + "Exception)", "500 instead of a 4xx problem"),
                Verdicts.check(REST_READ, answer(500, "text/plain", "c".repeat(20_000) + "Exception.")));
        assertEquals(List.of("500 instead of a 4xx problem"),
                Verdicts.check(REST_READ, answer(500, "text/plain", "Exception ExceptionHandler 9Exception")));
    }
}
