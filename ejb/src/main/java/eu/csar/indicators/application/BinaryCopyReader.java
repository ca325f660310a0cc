package eu.csar.indicators.application;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Reads PostgreSQL's binary COPY format (the output of {@code COPY (SELECT ...) TO STDOUT (FORMAT
 * binary)}) field by field from one reused buffer: no object per row or per field, so the start-up
 * load reads ten million rows without the text protocol's parsing and Strings. Big-endian fields,
 * each preceded by its length (-1: null); a row starts with its field count, the data ends with -1.
 */
final class BinaryCopyReader {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    private final InputStream in;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private int fieldAt;

    /** Reads and checks the header. */
    BinaryCopyReader(InputStream in) throws IOException {
        this.in = in;
        need(SIGNATURE.length + 8);
        if (!Arrays.equals(buf, pos, pos + SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
            throw new IOException("not a binary COPY stream");
        }
        pos += SIGNATURE.length + 4; // the flags: no OIDs in this format version
        int extension = int32();
        need(extension);
        pos += extension;
    }

    /**
     * Starts the next row: its number of fields, or -1 after the last row (the stream is then read
     * to its end, so that the COPY completes instead of being cancelled, which would abort the
     * transaction the next scan reads in).
     */
    int row() throws IOException {
        need(2);
        int n = (short) ((buf[pos] << 8) | (buf[pos + 1] & 0xff));
        pos += 2;
        if (n == -1 && (pos < limit || in.read(buf, 0, buf.length) >= 0)) {
            throw new IOException("data after the end of the COPY stream");
        }
        return n;
    }

    /**
     * Starts the next field of {@code n} bytes or fewer: returns its length (-1 for null), and the
     * buffer holds it from {@link #at()}; the next call moves past it.
     */
    int field(int n) throws IOException {
        int length = int32();
        if (length > n) {
            throw new IOException("a field of " + length + " bytes, at most " + n + " expected");
        }
        if (length > 0) {
            need(length);
        }
        fieldAt = pos;
        pos += Math.max(length, 0);
        return length;
    }

    /** Where the field read last starts in {@link #buffer()}. */
    int at() {
        return fieldAt;
    }

    /** The buffer; valid until the next {@link #field} or {@link #row}. */
    byte[] buffer() {
        return buf;
    }

    /** The next field as an int8 (bigint). */
    long int8() throws IOException {
        if (field(8) != 8) {
            throw new IOException("an int8 field expected");
        }
        return (long) LONG.get(buf, fieldAt);
    }

    /** The next field as a UUID's two halves, into {@code into[0]} (high) and {@code into[1]} (low). */
    void uuid(long[] into) throws IOException {
        if (field(16) != 16) {
            throw new IOException("a uuid field expected");
        }
        into[0] = (long) LONG.get(buf, fieldAt);
        into[1] = (long) LONG.get(buf, fieldAt + 8);
    }

    /** The next field as text naming one of {@code values} (ASCII), or null if it names none (or is null). */
    <E extends Enum<E>> E named(E[] values) throws IOException {
        int length = field(64);
        for (E value : values) {
            String name = value.name();
            if (name.length() == length && sameAscii(name, fieldAt)) {
                return value;
            }
        }
        return null;
    }

    private boolean sameAscii(String name, int from) {
        for (int i = 0; i < name.length(); i++) {
            if (buf[from + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int int32() throws IOException {
        need(4);
        int v = (int) INT.get(buf, pos);
        pos += 4;
        return v;
    }

    /** Makes the next {@code n} bytes available from {@code pos}. */
    private void need(int n) throws IOException {
        if (limit - pos >= n) {
            return;
        }
        if (n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(n, 2 * buf.length));
        }
        System.arraycopy(buf, pos, buf, 0, limit - pos);
        limit -= pos;
        pos = 0;
        while (limit < n) {
            int read = in.read(buf, limit, buf.length - limit);
            if (read < 0) {
                throw new EOFException("the COPY stream ended within a row");
            }
            limit += read;
        }
    }
}
