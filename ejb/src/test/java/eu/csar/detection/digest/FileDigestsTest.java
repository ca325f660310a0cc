package eu.csar.detection.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streamed digests against published test vectors and against one-shot digests of a large file. */
class FileDigestsTest {

    @Test
    void knownVectors(@TempDir Path dir) throws Exception {
        Path f = Files.write(dir.resolve("abc.txt"), "abc".getBytes(StandardCharsets.US_ASCII));
        FileDigests d = FileDigests.of(f);
        assertEquals("900150983cd24fb0d6963f7d28e17f72", d.md5());
        assertEquals("a9993e364706816aba3e25717850c26c9cd0d89d", d.sha1());
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", d.sha256());
    }

    @Test
    void emptyFile(@TempDir Path dir) throws Exception {
        FileDigests d = FileDigests.of(Files.write(dir.resolve("empty"), new byte[0]));
        assertEquals("d41d8cd98f00b204e9800998ecf8427e", d.md5());
        assertEquals("da39a3ee5e6b4b0d3255bfef95601890afd80709", d.sha1());
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", d.sha256());
    }

    @Test
    void streamingOverManyBuffersEqualsOneShot(@TempDir Path dir) throws Exception {
        byte[] data = new byte[1_000_003];
        new Random(7).nextBytes(data);
        Path f = Files.write(dir.resolve("big.bin"), data);
        assertEquals(FileDigests.of(data), FileDigests.of(f));
    }

    @Test
    void bytesInMemoryGiveTheSameDigests() {
        FileDigests d = FileDigests.of("abc".getBytes(StandardCharsets.US_ASCII));
        assertEquals(new FileDigests("900150983cd24fb0d6963f7d28e17f72", "a9993e364706816aba3e25717850c26c9cd0d89d",
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"), d);
    }

    /** A stream that hands out at most 7 bytes per read, as network streams may, and records whether it was closed. */
    static final class Trickle extends FilterInputStream {
        boolean closed;

        Trickle(byte[] data) {
            super(new ByteArrayInputStream(data));
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, 7));
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }

    @Test
    void aStreamIsReadToItsEndInAnyChunksAndLeftOpen() throws Exception {
        byte[] data = new byte[100_000];
        new Random(11).nextBytes(data);
        Trickle in = new Trickle(data);
        assertEquals(FileDigests.of(data), FileDigests.of((InputStream) in));
        assertFalse(in.closed, "the caller closes its stream");
        assertEquals(-1, in.read());
    }
}
