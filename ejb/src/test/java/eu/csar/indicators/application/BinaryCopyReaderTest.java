package eu.csar.indicators.application;

import eu.csar.indicators.api.IndicatorKind;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The binary COPY reader gives back the rows PostgreSQL wrote (the layout of its documentation,
 * "COPY", binary format), whatever pieces the connection hands them over in: here one to seven
 * bytes at a time, and a value longer than the reader's first buffer.
 */
class BinaryCopyReaderTest {

    record Row(long seq, UUID id, String kind, String value) {
    }

    @Test
    void readsEveryRowWhateverTheChunks() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            String kind = i % 3 == 0 ? "MD5" : i % 3 == 1 ? "PDQ" : "URL";
            String value = kind.equals("URL") ? "https://example.invalid/" + "x".repeat(i == 7 ? 70_000 : i) : Long.toHexString(i * 31L);
            rows.add(new Row(i + 1_000_000_000_000L, new UUID(i * 7L, -i), kind, value));
        }
        rows.add(new Row(-1, new UUID(0, 0), "NONE", ""));
        BinaryCopyReader r = new BinaryCopyReader(new Trickle(copy(rows)));
        long[] id = new long[2];
        for (Row row : rows) {
            assertEquals(4, r.row());
            assertEquals(row.seq(), r.int8());
            r.uuid(id);
            assertArrayEquals(new long[] {row.id().getMostSignificantBits(), row.id().getLeastSignificantBits()}, id);
            IndicatorKind kind = r.named(IndicatorKind.values());
            if (row.kind().equals("NONE")) {
                assertNull(kind, "a name of no constant");
            } else {
                assertEquals(IndicatorKind.valueOf(row.kind()), kind);
            }
            int length = r.field(100_000);
            assertEquals(row.value(), new String(r.buffer(), r.at(), length, StandardCharsets.US_ASCII));
        }
        assertEquals(-1, r.row());
    }

    @Test
    void refusesWhatIsNotABinaryCopy() {
        byte[] text = "1\tabc\n\\.\n".getBytes(StandardCharsets.US_ASCII);
        assertThrows(IOException.class, () -> new BinaryCopyReader(new java.io.ByteArrayInputStream(text)));
    }

    @Test
    void aStreamCutWithinARowIsAnError() throws IOException {
        byte[] whole = copy(List.of(new Row(1, new UUID(1, 2), "PDQ", "ab")));
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 6);
        BinaryCopyReader r = new BinaryCopyReader(new java.io.ByteArrayInputStream(cut));
        assertEquals(4, r.row());
        r.int8();
        r.uuid(new long[2]);
        r.named(IndicatorKind.values());
        assertThrows(java.io.EOFException.class, () -> r.field(10));
    }

    /** What {@code COPY ... TO STDOUT (FORMAT binary)} writes for these rows (bigint, uuid, text, text). */
    static byte[] copy(List<Row> rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0});
        out.writeInt(0);
        out.writeInt(3); // a header extension, skipped
        out.write(new byte[] {9, 9, 9});
        for (Row row : rows) {
            out.writeShort(4);
            out.writeInt(8);
            out.writeLong(row.seq());
            out.writeInt(16);
            out.writeLong(row.id().getMostSignificantBits());
            out.writeLong(row.id().getLeastSignificantBits());
            for (String text : new String[] {row.kind(), row.value()}) {
                byte[] b = text.getBytes(StandardCharsets.US_ASCII);
                out.writeInt(b.length);
                out.write(b);
            }
        }
        out.writeShort(-1);
        return bytes.toByteArray();
    }

    /** Hands the bytes over one to seven at a time, as a network connection may. */
    static final class Trickle extends FilterInputStream {
        private int n;

        Trickle(byte[] bytes) {
            super(new java.io.ByteArrayInputStream(bytes));
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            n = n % 7 + 1;
            return super.read(b, off, Math.min(len, n));
        }
    }
}
