package eu.csar.web.platform.soap;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * Keeps a SOAP answer's body until the service is done, so that a filter can still replace it (a
 * fault of the stack's own making), keep it (the first answer to an {@code Idempotency-Key}) or
 * withhold it (a write whose transaction did not commit). Status and headers go to the response it
 * wraps; nothing leaves before the filter writes the body.
 */
final class BufferedResponse extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private ServletOutputStream stream;
    private PrintWriter writer;

    BufferedResponse(HttpServletResponse response) {
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
            writer = new PrintWriter(new OutputStreamWriter(bytes, Charset.forName(charset)));
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
