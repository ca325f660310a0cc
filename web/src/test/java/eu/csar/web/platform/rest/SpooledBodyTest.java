package eu.csar.web.platform.rest;

import eu.csar.platform.api.RequestFingerprint;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpooledBodyTest {

    static byte[] bytes(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }

    @Test
    void aBodyUpToTheThresholdStaysInMemoryAndReplaysExactly() throws IOException {
        for (int n : new int[]{0, 1, 99, 100}) {
            byte[] body = bytes(n);
            try (SpooledBody spooled = SpooledBody.read(new ByteArrayInputStream(body), 100)) {
                assertFalse(spooled.spilled(), n + " bytes");
                assertEquals(n, spooled.length());
                assertEquals(RequestFingerprint.sha256(body), spooled.sha256());
                assertArrayEquals(body, spooled.open().readAllBytes());
            }
        }
    }

    @Test
    void aLargerBodyGoesToAnEncryptedFileThatIsGoneOnceOpened() throws IOException {
        byte[] body = new byte[300_000]; // zeros: in clear, the file would be all zeros
        body[299_999] = 7;
        try (SpooledBody spooled = SpooledBody.read(new ByteArrayInputStream(body), 100)) {
            assertTrue(spooled.spilled());
            assertEquals(body.length, spooled.length());
            assertEquals(RequestFingerprint.sha256(body), spooled.sha256());
            Path file = spooled.file();
            byte[] onDisk = Files.readAllBytes(file);
            assertEquals(body.length, onDisk.length);
            assertTrue(zeros(onDisk) < onDisk.length / 100, "looks random: " + zeros(onDisk) + " zero bytes");
            try (InputStream again = spooled.open()) {
                assertFalse(Files.exists(file), "deleted as soon as it is open for reading");
                assertArrayEquals(body, again.readAllBytes());
            }
        }
    }

    @Test
    void closingRemovesAFileThatWasNeverOpened() throws IOException {
        SpooledBody spooled = SpooledBody.read(new ByteArrayInputStream(bytes(5_000)), 10);
        assertTrue(Files.exists(spooled.file()));
        spooled.close();
        assertFalse(Files.exists(spooled.file()));
    }

    @Test
    void aBodyThatFailsWhileSpoolingLeavesNoFile() throws IOException {
        long before = spoolFiles();
        InputStream refusing = new CappedBody(new ByteArrayInputStream(bytes(10_000)), 5_000, "at most 5000");
        BodyRefused refused = assertThrows(BodyRefused.class, () -> SpooledBody.read(refusing, 100));
        assertEquals(ProblemType.CONTENT_TOO_LARGE, refused.type());
        assertEquals(before, spoolFiles());
    }

    static int zeros(byte[] b) {
        int z = 0;
        for (byte x : b) {
            z += x == 0 ? 1 : 0;
        }
        return z;
    }

    static long spoolFiles() throws IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("csar-body-")).count();
        }
    }
}
