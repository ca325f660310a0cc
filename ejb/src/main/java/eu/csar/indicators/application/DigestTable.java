package eu.csar.indicators.application;

import java.util.Arrays;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Exact lookup of fixed-width digests (MD5 and SHA-256: 2 words, see {@link #key}) to ids, compact for
 * millions of entries: open addressing (linear probing) over flat {@code long[]} arrays, the words
 * of slot {@code i} at {@code words[i*width..]} and its id at {@code ids[i]} (0 = empty, -1 =
 * removed), 8 × (width + 1) bytes per slot at a load of at most 3/4: 24 bytes per slot, 32 to 64
 * bytes per entry (after a doubling), about 0.4 GB at the worst for 10 million digests. One id per digest; ids are positive. Readers share a lock, writers
 * take it alone.
 */
public final class DigestTable {

    private static final long EMPTY = 0;
    private static final long REMOVED = -1;

    private final int width;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private long[] words;
    private long[] ids;
    private int used;
    private int live;

    public DigestTable(int width) {
        this(width, 16);
    }

    public DigestTable(int width, int expected) {
        if (width < 1) {
            throw new IllegalArgumentException("width " + width);
        }
        this.width = width;
        int capacity = Integer.highestOneBit(Math.max(16, (int) Math.min(1 << 30, expected * 4L / 3 + 1)) - 1) << 1;
        this.words = new long[capacity * width];
        this.ids = new long[capacity];
    }

    public int size() {
        lock.readLock().lock();
        try {
            return live;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The key of a hex digest: its first {@code width * 16} digits as words, most significant first.
     * A SHA-256 digest is keyed on its first 128 bits, which tell two digests apart as surely as the
     * whole (a chance of 2^-128 per pair) at half the memory.
     */
    public long[] key(String hex) {
        if (hex.length() < width * 16) {
            throw new IllegalArgumentException("expected at least " + width * 16 + " hex digits, got " + hex.length());
        }
        long[] key = new long[width];
        for (int w = 0; w < width; w++) {
            key[w] = Long.parseUnsignedLong(hex.substring(w * 16, w * 16 + 16), 16);
        }
        return key;
    }

    /** The id stored for {@code key}, or 0. */
    public long get(long[] key) {
        lock.readLock().lock();
        try {
            int mask = ids.length - 1;
            for (int i = slot(key, mask), probes = 0; probes < ids.length; i = (i + 1) & mask, probes++) {
                long id = ids[i];
                if (id == EMPTY) {
                    return 0;
                }
                if (id != REMOVED && same(i, key)) {
                    return id;
                }
            }
            return 0;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Stores {@code id} (> 0) for {@code key}, replacing any id it had. */
    public void put(long[] key, long id) {
        if (id <= 0) {
            throw new IllegalArgumentException("ids are positive: " + id);
        }
        lock.writeLock().lock();
        try {
            if ((used + 1) * 4L > ids.length * 3L) {
                rehash(live + 1 > ids.length / 2 ? ids.length * 2 : ids.length);
            }
            int mask = ids.length - 1;
            int free = -1;
            for (int i = slot(key, mask), probes = 0; ; i = (i + 1) & mask, probes++) {
                if (probes == ids.length) {
                    // Cannot happen while put() rehashes at 3/4 used; a bound instead of a loop without end.
                    throw new IllegalStateException("digest table full at " + ids.length);
                }
                long current = ids[i];
                if (current == EMPTY) {
                    int at = free >= 0 ? free : i;
                    if (free < 0) {
                        used++;
                    }
                    System.arraycopy(key, 0, words, at * width, width);
                    ids[at] = id;
                    live++;
                    return;
                }
                if (current == REMOVED) {
                    if (free < 0) {
                        free = i;
                    }
                } else if (same(i, key)) {
                    ids[i] = id;
                    return;
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes {@code key} if it is stored under {@code id}; true if it was. */
    public boolean remove(long[] key, long id) {
        lock.writeLock().lock();
        try {
            int mask = ids.length - 1;
            for (int i = slot(key, mask), probes = 0; probes < ids.length; i = (i + 1) & mask, probes++) {
                long current = ids[i];
                if (current == EMPTY) {
                    return false;
                }
                if (current != REMOVED && same(i, key)) {
                    if (current != id) {
                        return false;
                    }
                    ids[i] = REMOVED;
                    live--;
                    return true;
                }
            }
            return false;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void rehash(int capacity) {
        long[] oldWords = words;
        long[] oldIds = ids;
        words = new long[capacity * width];
        ids = new long[capacity];
        used = 0;
        int mask = capacity - 1;
        long[] key = new long[width];
        for (int j = 0; j < oldIds.length; j++) {
            long id = oldIds[j];
            if (id > 0) {
                System.arraycopy(oldWords, j * width, key, 0, width);
                int i = slot(key, mask);
                for (int probes = 0; ids[i] != EMPTY; probes++) {
                    if (probes == capacity) {
                        throw new IllegalStateException("digest table full at " + capacity);
                    }
                    i = (i + 1) & mask;
                }
                System.arraycopy(key, 0, words, i * width, width);
                ids[i] = id;
                used++;
            }
        }
    }

    private boolean same(int slot, long[] key) {
        return Arrays.equals(words, slot * width, slot * width + width, key, 0, width);
    }

    private static int slot(long[] key, int mask) {
        long h = key[0] ^ (key.length > 1 ? Long.rotateLeft(key[1], 29) : 0);
        h *= 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
