package eu.csar.indicators.application;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DigestTableTest {

    static final String MD5 = "0123456789abcdef00000000000000ff";

    @Test
    void keysAreTheLeadingWordsOfTheHex() {
        DigestTable t = new DigestTable(2);
        assertArrayEquals(new long[] {0x0123456789abcdefL, 0xffL}, t.key(MD5));
        assertArrayEquals(new long[] {0xffffffffffffffffL, 0L}, t.key("f".repeat(16) + "0".repeat(48)), "a SHA-256 keys on its first 128 bits");
        assertThrows(IllegalArgumentException.class, () -> t.key("ab"));
        assertThrows(IllegalArgumentException.class, () -> new DigestTable(0));
    }

    @Test
    void putGetReplaceRemove() {
        DigestTable t = new DigestTable(2);
        long[] k = t.key(MD5);
        assertEquals(0, t.get(k));
        t.put(k, 7);
        assertEquals(7, t.get(k));
        assertEquals(1, t.size());
        t.put(k, 8);
        assertEquals(8, t.get(k), "one id per digest: the later replaces");
        assertEquals(1, t.size());
        assertFalse(t.remove(k, 7), "only under the id it has");
        assertTrue(t.remove(k, 8));
        assertFalse(t.remove(k, 8));
        assertEquals(0, t.get(k));
        assertEquals(0, t.size());
        t.put(k, 9);
        assertEquals(9, t.get(k), "a removed slot is reused");
        assertEquals(1, t.size());
        assertThrows(IllegalArgumentException.class, () -> t.put(k, 0));
        assertThrows(IllegalArgumentException.class, () -> t.put(k, -1));
    }

    @Test
    void growsAndKeepsEveryEntryAcrossRehashes() {
        DigestTable t = new DigestTable(2, 4);
        SplittableRandom random = new SplittableRandom(42);
        long[][] keys = new long[50_000][];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = new long[] {random.nextLong(), random.nextLong()};
            t.put(keys[i], i + 1);
        }
        assertEquals(keys.length, t.size());
        for (int i = 0; i < keys.length; i += 2) {
            assertTrue(t.remove(keys[i], i + 1));
        }
        for (int i = 0; i < keys.length; i++) {
            assertEquals(i % 2 == 0 ? 0 : i + 1, t.get(keys[i]));
        }
        assertEquals(keys.length / 2, t.size());
        // churn: removed slots must not fill the table up
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < keys.length; i += 2) {
                t.put(keys[i], i + 1);
            }
            for (int i = 0; i < keys.length; i += 2) {
                assertTrue(t.remove(keys[i], i + 1));
            }
        }
        assertEquals(keys.length / 2, t.size());
        assertEquals(2, t.get(keys[1]));
    }

    @Test
    void collidingKeysAreToldApart() {
        DigestTable t = new DigestTable(2);
        long[] a = {1L, 2L};
        long[] b = {1L, 3L};
        long[] c = {1L, 2L ^ 0x10L};
        t.put(a, 1);
        t.put(b, 2);
        t.put(c, 3);
        assertEquals(1, t.get(a));
        assertEquals(2, t.get(b));
        assertEquals(3, t.get(c));
        assertTrue(t.remove(a, 1));
        assertEquals(2, t.get(b));
        assertEquals(3, t.get(c));
        assertEquals(0, t.get(new long[] {1L, 4L}));
    }
}
