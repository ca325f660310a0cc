package eu.csar.web.platform.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body that refuses to be read past its operation's limit: the read that would pass it
 * throws {@link BodyRefused#tooLarge} (413) instead of returning the extra bytes, so whoever reads it
 * (a filter, a body reader, the operation) holds at most the limit.
 */
final class CappedBody extends FilterInputStream {

    private final long limit;
    private final String detail;
    private long read;

    CappedBody(InputStream in, long limit, String detail) {
        super(in);
        this.limit = limit;
        this.detail = detail;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false; // a reset would let the same bytes be counted twice
    }

    private void count(long n) {
        read += n;
        if (read > limit) {
            throw BodyRefused.tooLarge(detail);
        }
    }
}
