package eu.csar.detection.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", d.sha256());
    }

    @Test
    void streamingOverManyBuffersEqualsOneShot(@TempDir Path dir) throws Exception {
        byte[] data = new byte[1_000_003];
        new Random(7).nextBytes(data);
        Path f = Files.write(dir.resolve("big.bin"), data);
        assertEquals(FileDigests.of(data), FileDigests.of(f));
    }
}
