package eu.csar.web.platform.soap;

import eu.csar.platform.api.StoredAnswer;
import eu.csar.platform.application.IdempotencyStore;
import eu.csar.web.platform.rest.IdempotencyKeys;
import eu.csar.web.platform.rest.Problem;
import eu.csar.web.platform.rest.Problems;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

/**
 * {@code Idempotency-Key} for the SOAP partner writes, with the contract of the REST ones
 * (docs/idempotency.md): the same call again with the same key gets the first answer, byte for byte,
 * with the HTTP header {@code Idempotent-Replayed: true}, and nothing runs again; the same key with
 * another call is a fault with the 422 problem {@code idempotency-key-reused}; a malformed key a fault
 * with the 400 problem {@code idempotency-key-invalid}. Which operations are writes, the endpoints say
 * by passing their work through {@link IdempotentSoapWrites#once}; reads ignore the key.
 *
 * <p><b>Why a servlet filter and not a JAX-WS handler or an interceptor around the endpoint
 * method.</b> The answer to keep is the SOAP envelope, and it exists only after the endpoint method
 * has returned and the web-service stack has marshalled it. An interceptor around the method would
 * have to commit before that, so the kept answer could not be the envelope the partner gets (and a
 * failure while marshalling would leave a committed write with no answer); a SOAP handler sees the
 * outbound message as a SAAJ tree that the stack serialises again afterwards, and its inbound and
 * outbound halves would have to pass a transaction between callbacks that the stack may skip. This
 * filter surrounds the whole call on the request's thread: it begins the JTA transaction before the
 * stack reads the request, the claim ({@link IdempotencyStore}, {@code MANDATORY}) and the services'
 * writes join it ({@code REQUIRED}, as for the REST writes), the stack marshals the answer into a
 * buffer, and only then the filter keeps exactly those bytes and commits the write and the answer
 * together, before a byte is sent. If anything fails, or the answer is a fault, both roll back and the
 * key stays free; if the commit fails, the partner gets a fault, never the success it did not get.
 * The body is read as sent (for the fingerprint: path, operation and SHA-256 of the body bytes) and
 * handed to the stack unchanged.
 *
 * <p>A call with a key that reaches no write (a read, or a request the stack refuses) runs in the
 * filter's transaction too, which commits what the services did, as their own would have.
 */
@WebFilter(urlPatterns = "/ws/*")
public class IdempotentSoapFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UserTransaction transaction;

    @Inject
    transient IdempotencyStore store;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        List<String> keys = request.getHeaders(IdempotencyKeys.HEADER) == null ? List.of()
                : Collections.list(request.getHeaders(IdempotencyKeys.HEADER));
        if (!"POST".equals(request.getMethod()) || keys.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) SoapBodyLimit.MAX_BYTES + 1);
        if (body.length > SoapBodyLimit.MAX_BYTES) {
            SoapBodyLimit.refuse(response); // the rest is not read
            return;
        }
        KeyedSoapCall call = new KeyedSoapCall(keys, request.getRequestURI(), body);
        request.setAttribute(KeyedSoapCall.ATTRIBUTE, call);
        BufferedResponse buffered = new BufferedResponse(response);
        begin();
        try {
            chain.doFilter(new SentBody(request, body), buffered);
        } catch (IOException | ServletException | RuntimeException e) {
            rollbackIfActive();
            throw e;
        }
        byte[] answer;
        try {
            answer = finish(call, buffered.body(), response);
        } catch (Exception e) {
            rollbackIfActive();
            answer = failed(e, response); // the commit failed: nothing was written, and the partner must not read success
        }
        response.setContentLength(answer.length);
        response.getOutputStream().write(answer);
    }

    /** Ends the transaction as the call's outcome requires; the bytes to send. */
    private byte[] finish(KeyedSoapCall call, byte[] answer, HttpServletResponse response) throws Exception {
        if (call.replay != null) {
            transaction.rollback();
            return replay(call.replay, response);
        }
        int status = transaction.getStatus();
        if (call.claimed != null && response.getStatus() / 100 == 2 && status == Status.STATUS_ACTIVE) {
            Charset charset = Charset.forName(response.getCharacterEncoding());
            store.keep(call.claimed, new StoredAnswer(response.getStatus(), response.getContentType(), null, null,
                    new String(answer, charset)));
            transaction.commit();
        } else if (call.guarded || status != Status.STATUS_ACTIVE) {
            transaction.rollback(); // a write that failed or was refused: it changed nothing, the key stays free
        } else {
            transaction.commit(); // no write reached the key: what a read's services did commits, as without a key
        }
        return answer;
    }

    /** The first answer again, as it was sent: status, Content-Type, body bytes, and the replay header. */
    private static byte[] replay(StoredAnswer kept, HttpServletResponse response) {
        response.setStatus(kept.status());
        response.setContentType(kept.contentType());
        response.setHeader(IdempotencyKeys.REPLAYED_HEADER, "true");
        return kept.body().getBytes(Charset.forName(response.getCharacterEncoding()));
    }

    private static byte[] failed(Exception e, HttpServletResponse response) {
        Problem problem = Problems.of(e);
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR); // SOAP 1.1: every fault travels with 500
        response.setContentType("text/xml; charset=UTF-8");
        return SoapFaultSanitizer.fault(problem.type, problem.title, problem.status, problem.detail).getBytes(StandardCharsets.UTF_8);
    }

    private void begin() throws ServletException {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                throw new IllegalStateException("an idempotent SOAP call must begin its own transaction");
            }
            transaction.begin();
        } catch (NotSupportedException | SystemException e) {
            throw new ServletException("could not begin the transaction of an idempotent SOAP call", e);
        }
    }

    private void rollbackIfActive() {
        try {
            if (IdempotencyKeys.isActive(transaction.getStatus())) {
                transaction.rollback();
            }
        } catch (SystemException e) {
            throw new IllegalStateException("could not roll back an idempotent SOAP call", e);
        }
    }

    /** The request with its body as it was read for the fingerprint, for the web-service stack to read again. */
    private static final class SentBody extends HttpServletRequestWrapper {
        private final byte[] body;

        SentBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking input only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String charset = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), Charset.forName(charset)));
        }
    }
}
