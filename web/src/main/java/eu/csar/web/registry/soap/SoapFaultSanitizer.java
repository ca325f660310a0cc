package eu.csar.web.registry.soap;

import eu.csar.web.platform.rest.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
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
        Buffered buffered = new Buffered(response);
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
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>"
                + "<faultcode>soap:Client</faultcode><faultstring>" + TEXT + "</faultstring>"
                + "<detail><p:problem xmlns:p=\"" + ProblemType.NAMESPACE + "\"><type>" + type.uri() + "</type><title>"
                + type.title() + "</title><status>" + type.status() + "</status><detail>" + TEXT + "</detail></p:problem>"
                + "</detail></soap:Fault></soap:Body></soap:Envelope>";
    }

    /** Keeps the body until the service is done, so that it can still be replaced. */
    private static final class Buffered extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private ServletOutputStream stream;
        private PrintWriter writer;

        Buffered(HttpServletResponse response) {
            super(response);
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return bytes.toByteArray();
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("blocking output only");
                    }

                    @Override
                    public void write(int b) {
                        bytes.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        bytes.write(b, off, len);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String charset = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(bytes, java.nio.charset.Charset.forName(charset)));
            }
            return writer;
        }

        @Override
        public void setContentLength(int len) {
            // the length is set once the body is final
        }

        @Override
        public void setContentLengthLong(long len) {
            // the length is set once the body is final
        }

        @Override
        public void flushBuffer() {
            // nothing leaves before the body is final
        }
    }
}
