package eu.csar.web.platform.soap;

import eu.csar.web.platform.rest.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * SOAP faults that the web-service stack raises itself (XML that does not parse, an unknown
 * operation, a value that does not unmarshal) name the parser's classes and positions in the input
 * ({@code com.ctc.wstx...}). A partner learns nothing useful from them and an attacker learns the
 * stack: this filter replaces every fault that does not carry this platform's problem detail with
 * one generic client fault of the same shape as the service's own (type {@code malformed-request}).
 * A service's own fault whose problem is the caller's (status 4xx: bad input, forbidden, not found,
 * conflict) says so in its fault code ({@code Client}); the stack marks every declared fault
 * {@code Server}.
 */
@WebFilter(urlPatterns = "/ws/*")
public class SoapFaultSanitizer extends HttpFilter {

    static final String PROBLEM_TYPE_PREFIX = "urn:eu:csar:problem:";
    static final String TEXT = "The request is not well-formed XML or not a message of this service";
    private static final Pattern SERVER_CODE = Pattern.compile("<faultcode>(\\w+:)?Server</faultcode>");
    private static final Pattern CLIENT_STATUS = Pattern.compile("<(\\w+:)?status>4\\d\\d</");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        BufferedResponse buffered = new BufferedResponse(response);
        chain.doFilter(request, buffered);
        byte[] body = buffered.body();
        String text = new String(body, StandardCharsets.UTF_8);
        if (isForeignFault(text)) {
            body = genericFault().getBytes(StandardCharsets.UTF_8);
            response.setContentType("text/xml; charset=UTF-8");
        } else if (isClientsFault(text)) {
            body = SERVER_CODE.matcher(text).replaceFirst("<faultcode>$1Client</faultcode>").getBytes(StandardCharsets.UTF_8);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * A SOAP fault without this platform's problem detail (an element whose text is a problem type
     * URI): raised by the stack, not by the service. Text the caller sent cannot fake it, since the
     * stack escapes any {@code >} it echoes.
     */
    static boolean isForeignFault(String body) {
        return body.contains("Fault>") && body.contains("faultstring") && !body.contains(">" + PROBLEM_TYPE_PREFIX);
    }

    /** A fault of this platform marked {@code Server} whose problem status is a 4xx: the caller's mistake. */
    static boolean isClientsFault(String body) {
        return SERVER_CODE.matcher(body).find() && body.contains(">" + PROBLEM_TYPE_PREFIX) && CLIENT_STATUS.matcher(body).find();
    }

    static String genericFault() {
        ProblemType type = ProblemType.MALFORMED_REQUEST;
        return fault(type.uri(), type.title(), type.status(), TEXT);
    }

    /**
     * A SOAP 1.1 fault envelope of the same shape as the services' own: {@code Client} for a 4xx
     * problem, {@code Server} otherwise, and the problem as its detail.
     */
    static String fault(String type, String title, int status, String detail) {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>"
                + "<faultcode>soap:" + (status < 500 ? "Client" : "Server") + "</faultcode><faultstring>" + xml(detail)
                + "</faultstring><detail><p:problem xmlns:p=\"" + ProblemType.NAMESPACE + "\"><type>" + xml(type) + "</type><title>"
                + xml(title) + "</title><status>" + status + "</status><detail>" + xml(detail) + "</detail></p:problem>"
                + "</detail></soap:Fault></soap:Body></soap:Envelope>";
    }

    private static String xml(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
