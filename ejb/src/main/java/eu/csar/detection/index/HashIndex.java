package eu.csar.detection.index;

import eu.csar.detection.pdq.PdqHash;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.IntStream;

/**
 * Exact Hamming-radius search over 256-bit hashes: {@link #query} returns every live indexed
 * hash within the radius, with its id and distance, exactly the set {@link BruteForce} returns.
 *
 * <p>How: multi-index hashing. The 256 bits are cut into eleven disjoint substrings (three of 24
 * bits, eight of 23). By the pigeonhole principle, if two hashes are within distance {@code r}
 * then for thresholds {@code t_s} with {@code sum(t_s + 1) >= r + 1} at least one substring
 * {@code s} differs in at most {@code t_s} bits; for {@code r = 31} that is {@code t = 2} on ten
 * substrings and {@code t = 1} on one. Each substring has a bucket table in CSR layout (an
 * {@code int} offset per possible value plus an {@code int} slot per hash), so a query probes
 * every substring value within {@code t_s} bits of its own and verifies each candidate on the
 * full 256 bits (4 XOR + popcount over one flat {@code long[]}). When the probes would cost more
 * than a scan (very large radii) the query scans instead; either way the result is exact.
 *
 * <p>Online changes without a rebuild: {@link #add} appends to a delta searched by brute force;
 * {@link #remove} sets a tombstone bit. {@link #compact()} folds the delta and tombstones into a
 * new base when convenient (the owner schedules it; {@link #deltaSize()} says how large the
 * delta is). Queries run concurrently with all of these: they read an immutable snapshot
 * published through a volatile field; writers serialise on a lock. Queries are thread safe.
 *
 * <p>Memory for n hashes: 32 n bytes of hashes, 8 n of ids, 44 n of slots, plus the offset
 * tables, keyed on about log2(n) bits of each substring (at most 448 MiB, reached from 8.4
 * million hashes): about 1.29 GB for 10 million.
 */
public final class HashIndex {

    /** The PDQ match threshold. */
    public static final int DEFAULT_RADIUS = 31;

    static final int[] LENGTHS = {24, 24, 24, 23, 23, 23, 23, 23, 23, 23, 23};
    static final int K = LENGTHS.length;
    static final int[] STARTS = new int[K];

    static {
        int start = 0;
        for (int s = 0; s < K; s++) {
            STARTS[s] = start;
            start += LENGTHS[s];
        }
        if (start != 256) {
            throw new IllegalStateException("substrings must cover 256 bits");
        }
    }

    private static final int MIN_DELTA_CAPACITY = 1024;
    private static final long FILE_MAGIC = 0x4353415250445149L; // "CSARPDQI"
    private static final int FILE_VERSION = 1;

    private final Object writeLock = new Object();
    private volatile Snapshot current;

    private HashIndex(Snapshot snapshot) {
        this.current = snapshot;
    }

    /** An empty index. */
    public static HashIndex empty() {
        return build(new long[0], new long[0], 0);
    }

    /**
     * An index over {@code n} hashes, hash {@code i} being {@code words[4i..4i+3]} (bits 0..63
     * first) with id {@code ids[i]}. The arrays are taken over, not copied.
     */
    public static HashIndex build(long[] ids, long[] words, int n) {
        if (ids.length < n || words.length < 4L * n) {
            throw new IllegalArgumentException("arrays too short for " + n + " hashes");
        }
        Base base = Base.build(words, ids, n);
        return new HashIndex(new Snapshot(base, new long[0], new long[0], 0, new AtomicLongArray(0), n));
    }

    /** Number of live (added and not removed) hashes. */
    public int size() {
        return current.live;
    }

    /** Number of hashes added since the last {@link #compact()}, searched by brute force. */
    public int deltaSize() {
        return current.deltaSize;
    }

    // ------------------------------------------------------------------ queries

    /** Every live hash within {@link #DEFAULT_RADIUS} of the query. */
    public List<Match> query(PdqHash q) {
        return query(q, DEFAULT_RADIUS);
    }

    /** Every live hash within {@code radius} of the query, sorted by distance then id. */
    public List<Match> query(PdqHash q, int radius) {
        return query(q.word(0), q.word(1), q.word(2), q.word(3), radius);
    }

    /** Every live hash within {@code radius} of the query given as four words (bits 0..63 first). */
    public List<Match> query(long q0, long q1, long q2, long q3, int radius) {
        if (radius < 0) {
            throw new IllegalArgumentException("radius must be >= 0, got " + radius);
        }
        Snapshot s = current;
        Search search = new Search(s, q0, q1, q2, q3, radius);
        search.run();
        return search.matches();
    }

    /** The results of many queries, in order, computed on the calling thread. */
    public List<List<Match>> queryAll(List<PdqHash> queries, int radius) {
        List<List<Match>> out = new ArrayList<>(queries.size());
        for (PdqHash q : queries) {
            out.add(query(q, radius));
        }
        return out;
    }

    /** The results of many queries, in order, computed in parallel on the common fork-join pool. */
    public List<List<Match>> queryAllParallel(List<PdqHash> queries, int radius) {
        @SuppressWarnings("unchecked")
        List<Match>[] out = new List[queries.size()];
        IntStream.range(0, queries.size()).parallel().forEach(i -> out[i] = query(queries.get(i), radius));
        return Arrays.asList(out);
    }

    // ------------------------------------------------------------------ online changes

    /** Adds a hash under an id; visible to queries that start after this returns. */
    public void add(long id, PdqHash h) {
        add(id, h.word(0), h.word(1), h.word(2), h.word(3));
    }

    /** Adds a hash given as four words (bits 0..63 first). */
    public void add(long id, long w0, long w1, long w2, long w3) {
        synchronized (writeLock) {
            Snapshot s = current;
            long[] words = s.deltaWords;
            long[] ids = s.deltaIds;
            AtomicLongArray dead = s.deltaDead;
            int n = s.deltaSize;
            if (n == ids.length) {
                int cap = Math.max(MIN_DELTA_CAPACITY, n * 2);
                words = Arrays.copyOf(words, cap * 4);
                ids = Arrays.copyOf(ids, cap);
                AtomicLongArray grown = new AtomicLongArray((cap + 63) >>> 6);
                for (int i = 0; i < dead.length(); i++) {
                    grown.set(i, dead.get(i));
                }
                dead = grown;
            }
            // Slots past the published size are invisible to readers, so writing them is safe;
            // the volatile write of the new snapshot publishes them.
            words[4 * n] = w0;
            words[4 * n + 1] = w1;
            words[4 * n + 2] = w2;
            words[4 * n + 3] = w3;
            ids[n] = id;
            current = new Snapshot(s.base, words, ids, n + 1, dead, s.live + 1);
        }
    }

    /**
     * Disables every entry with this id and exactly this hash (the caller knows both: the
     * platform removes an indicator by its id and hash). Returns how many entries were disabled.
     */
    public int remove(long id, PdqHash h) {
        synchronized (writeLock) {
            Snapshot s = current;
            Search search = new Search(s, h.word(0), h.word(1), h.word(2), h.word(3), 0);
            search.run();
            int removed = 0;
            for (int i = 0; i < search.nBase; i++) {
                int slot = search.baseHits[i];
                if (s.base.ids[slot] == id && !isSet(s.base.dead, slot)) {
                    set(s.base.dead, slot);
                    removed++;
                }
            }
            for (int slot = 0; slot < s.deltaSize; slot++) {
                if (s.deltaIds[slot] == id && !isSet(s.deltaDead, slot)
                        && BruteForce.distance(s.deltaWords, slot, new long[] {h.word(0), h.word(1), h.word(2), h.word(3)}, 0) == 0) {
                    set(s.deltaDead, slot);
                    removed++;
                }
            }
            if (removed > 0) {
                current = new Snapshot(s.base, s.deltaWords, s.deltaIds, s.deltaSize, s.deltaDead, s.live - removed);
            }
            return removed;
        }
    }

    /**
     * Folds the delta into the base and drops removed entries. Queries keep running on the old
     * snapshot meanwhile; adds and removes wait. Costs a build of the live entries.
     */
    public void compact() {
        synchronized (writeLock) {
            Snapshot s = current;
            int n = s.live;
            long[] words = new long[4 * n];
            long[] ids = new long[n];
            int k = copyLive(s, words, ids);
            current = new Snapshot(Base.build(words, ids, k), new long[0], new long[0], 0, new AtomicLongArray(0), k);
        }
    }

    private static int copyLive(Snapshot s, long[] words, long[] ids) {
        int k = 0;
        Base b = s.base;
        for (int i = 0; i < b.n; i++) {
            if (!isSet(b.dead, i)) {
                System.arraycopy(b.words, 4 * i, words, 4 * k, 4);
                ids[k++] = b.ids[i];
            }
        }
        for (int i = 0; i < s.deltaSize; i++) {
            if (!isSet(s.deltaDead, i)) {
                System.arraycopy(s.deltaWords, 4 * i, words, 4 * k, 4);
                ids[k++] = s.deltaIds[i];
            }
        }
        return k;
    }

    // ------------------------------------------------------------------ persistence

    /**
     * Writes the live entries (ids and hashes) to a file, atomically replacing it. The bucket
     * tables are rebuilt on {@link #load}, which keeps the file at 40 bytes per hash.
     */
    public void save(Path file) throws IOException {
        Snapshot s = current;
        long[] words = new long[4 * s.live];
        long[] ids = new long[s.live];
        int n = copyLive(s, words, ids);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ByteBuffer header = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
            header.putLong(FILE_MAGIC).putInt(FILE_VERSION).putInt(n).flip();
            while (header.hasRemaining()) {
                ch.write(header);
            }
            writeLongs(ch, ids, n);
            writeLongs(ch, words, 4 * n);
            ch.force(false);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Reads an index written by {@link #save}. */
    public static HashIndex load(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer header = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
            readFully(ch, header);
            header.flip();
            if (header.getLong() != FILE_MAGIC) {
                throw new IOException(file + ": not a hash index file");
            }
            int version = header.getInt();
            if (version != FILE_VERSION) {
                throw new IOException(file + ": unsupported hash index version " + version);
            }
            int n = header.getInt();
            if (n < 0 || ch.size() != 16 + 40L * n) {
                throw new IOException(file + ": truncated or corrupt hash index (" + n + " entries, "
                        + ch.size() + " bytes)");
            }
            long[] ids = new long[n];
            long[] words = new long[4 * n];
            readLongs(ch, ids, n);
            readLongs(ch, words, 4 * n);
            return build(ids, words, n);
        }
    }

    private static final int IO_CHUNK = 1 << 20;

    private static void writeLongs(FileChannel ch, long[] a, int len) throws IOException {
        ByteBuffer buf = ByteBuffer.allocateDirect(IO_CHUNK).order(ByteOrder.LITTLE_ENDIAN);
        for (int off = 0; off < len; ) {
            int k = Math.min(len - off, IO_CHUNK / 8);
            buf.clear();
            buf.asLongBuffer().put(a, off, k);
            buf.limit(k * 8);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            off += k;
        }
    }

    private static void readLongs(FileChannel ch, long[] a, int len) throws IOException {
        ByteBuffer buf = ByteBuffer.allocateDirect(IO_CHUNK).order(ByteOrder.LITTLE_ENDIAN);
        for (int off = 0; off < len; ) {
            int k = Math.min(len - off, IO_CHUNK / 8);
            buf.clear().limit(k * 8);
            readFully(ch, buf);
            buf.flip();
            buf.asLongBuffer().get(a, off, k);
            off += k;
        }
    }

    private static void readFully(FileChannel ch, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            if (ch.read(buf) < 0) {
                throw new IOException("unexpected end of index file");
            }
        }
    }

    // ------------------------------------------------------------------ internals

    static boolean isSet(AtomicLongArray bits, int i) {
        return (bits.get(i >>> 6) >>> (i & 63) & 1L) != 0;
    }

    private static void set(AtomicLongArray bits, int i) {
        int w = i >>> 6;
        long mask = 1L << (i & 63);
        long old;
        do {
            old = bits.get(w);
        } while (!bits.compareAndSet(w, old, old | mask));
    }

    /**
     * The first {@code bits} bits of substring {@code s} of hash {@code slot}. A small index keys
     * on fewer bits than the substring has: the pigeonhole argument holds on any subsets of
     * disjoint substrings, and the bucket tables stay proportional to the number of hashes.
     */
    static int key(long[] words, int slot, int s, int bits) {
        int start = STARTS[s];
        int w = (slot << 2) + (start >>> 6);
        int bit = start & 63;
        long v = words[w] >>> bit;
        if (bit + bits > 64) {
            v |= words[w + 1] << (64 - bit);
        }
        return (int) (v & ((1L << bits) - 1));
    }

    /** Key bits per substring for n hashes: about log2(n), so buckets hold about one hash. */
    static int keyBits(int s, int n) {
        int log2 = 32 - Integer.numberOfLeadingZeros(Math.max(n, 1) - 1);
        return Math.max(4, Math.min(LENGTHS[s], log2));
    }

    /** Per-substring thresholds for a radius: the pigeonhole needs sum(t + 1) >= radius + 1; -1 skips. */
    static int[] thresholds(int radius) {
        int[] t = new int[K];
        int q = (radius + 1) / K;
        int rem = (radius + 1) % K;
        for (int s = 0; s < K; s++) {
            t[s] = (s < rem ? q + 1 : q) - 1;
        }
        return t;
    }

    private static long binomialSum(int n, int t) {
        long sum = 0;
        long c = 1;
        for (int i = 0; i <= t; i++) {
            sum += c;
            c = c * (n - i) / (i + 1);
        }
        return sum;
    }

    /** The immutable base: hashes, ids and one CSR bucket table per substring. */
    static final class Base {
        final int n;
        final int[] bits;
        final long[] words;
        final long[] ids;
        final int[][] offsets;
        final int[][] slots;
        final AtomicLongArray dead;

        private Base(int n, int[] bits, long[] words, long[] ids, int[][] offsets, int[][] slots) {
            this.n = n;
            this.bits = bits;
            this.words = words;
            this.ids = ids;
            this.offsets = offsets;
            this.slots = slots;
            this.dead = new AtomicLongArray((n + 63) >>> 6);
        }

        static Base build(long[] words, long[] ids, int n) {
            int[][] offsets = new int[K][];
            int[][] slots = new int[K][];
            int[] bits = new int[K];
            for (int s = 0; s < K; s++) {
                bits[s] = keyBits(s, n);
            }
            IntStream.range(0, K).parallel().forEach(s -> {
                int b = bits[s];
                int size = 1 << b;
                int[] off = new int[size + 1];
                int[] sl = new int[n];
                for (int i = 0; i < n; i++) {
                    off[key(words, i, s, b) + 1]++;
                }
                for (int k = 0; k < size; k++) {
                    off[k + 1] += off[k];
                }
                for (int i = 0; i < n; i++) {
                    sl[off[key(words, i, s, b)]++] = i;
                }
                // off[k] now holds the end of bucket k; shift back to starts.
                System.arraycopy(off, 0, off, 1, size - 1);
                off[0] = 0;
                off[size] = n;
                offsets[s] = off;
                slots[s] = sl;
            });
            return new Base(n, bits, words, ids, offsets, slots);
        }
    }

    /** What a query sees: the base, the delta up to {@code deltaSize}, and the tombstones. */
    static final class Snapshot {
        final Base base;
        final long[] deltaWords;
        final long[] deltaIds;
        final int deltaSize;
        final AtomicLongArray deltaDead;
        final int live;

        Snapshot(Base base, long[] deltaWords, long[] deltaIds, int deltaSize, AtomicLongArray deltaDead, int live) {
            this.base = base;
            this.deltaWords = deltaWords;
            this.deltaIds = deltaIds;
            this.deltaSize = deltaSize;
            this.deltaDead = deltaDead;
            this.live = live;
        }
    }

    /** One query's state: probes the bucket tables (or scans), then the delta. */
    private static final class Search {
        private final Snapshot snap;
        private final Base base;
        private final long q0;
        private final long q1;
        private final long q2;
        private final long q3;
        private final int radius;
        private final long[] q;
        int[] baseHits = new int[16];
        int nBase;

        Search(Snapshot snap, long q0, long q1, long q2, long q3, int radius) {
            this.snap = snap;
            this.base = snap.base;
            this.q0 = q0;
            this.q1 = q1;
            this.q2 = q2;
            this.q3 = q3;
            this.radius = radius;
            this.q = new long[] {q0, q1, q2, q3};
        }

        void run() {
            int[] t = thresholds(radius);
            double probes = 0;
            double candidates = 0;
            for (int s = 0; s < K; s++) {
                if (t[s] >= 0) {
                    int b = base.bits[s];
                    long p = binomialSum(b, Math.min(t[s], b));
                    probes += p;
                    candidates += (double) p * base.n / (1L << b);
                }
            }
            if (probes + candidates >= base.n) {
                scanBase();
            } else {
                for (int s = 0; s < K; s++) {
                    if (t[s] >= 0) {
                        int b = base.bits[s];
                        probe(s, key(q, 0, s, b), 0, Math.min(t[s], b));
                    }
                }
                // A hash close to the query is usually found through several substrings.
                if (nBase > 1) {
                    Arrays.sort(baseHits, 0, nBase);
                    int k = 1;
                    for (int i = 1; i < nBase; i++) {
                        if (baseHits[i] != baseHits[k - 1]) {
                            baseHits[k++] = baseHits[i];
                        }
                    }
                    nBase = k;
                }
            }
        }

        private void probe(int s, int key, int fromBit, int remaining) {
            scanBucket(s, key);
            if (remaining == 0) {
                return;
            }
            int len = base.bits[s];
            for (int bit = fromBit; bit < len; bit++) {
                probe(s, key ^ (1 << bit), bit + 1, remaining - 1);
            }
        }

        private void scanBucket(int s, int key) {
            int[] off = base.offsets[s];
            int from = off[key];
            int to = off[key + 1];
            if (from == to) {
                return;
            }
            int[] sl = base.slots[s];
            long[] w = base.words;
            for (int j = from; j < to; j++) {
                int slot = sl[j];
                int i = slot << 2;
                int d = Long.bitCount(w[i] ^ q0) + Long.bitCount(w[i + 1] ^ q1)
                        + Long.bitCount(w[i + 2] ^ q2) + Long.bitCount(w[i + 3] ^ q3);
                if (d <= radius) {
                    hit(slot);
                }
            }
        }

        private void scanBase() {
            long[] w = base.words;
            for (int slot = 0, i = 0; slot < base.n; slot++, i += 4) {
                int d = Long.bitCount(w[i] ^ q0) + Long.bitCount(w[i + 1] ^ q1)
                        + Long.bitCount(w[i + 2] ^ q2) + Long.bitCount(w[i + 3] ^ q3);
                if (d <= radius) {
                    hit(slot);
                }
            }
        }

        private void hit(int slot) {
            if (nBase == baseHits.length) {
                baseHits = Arrays.copyOf(baseHits, nBase * 2);
            }
            baseHits[nBase++] = slot;
        }

        List<Match> matches() {
            List<Match> out = new ArrayList<>(nBase);
            for (int i = 0; i < nBase; i++) {
                int slot = baseHits[i];
                if (!isSet(base.dead, slot)) {
                    out.add(new Match(base.ids[slot], BruteForce.distance(base.words, slot, q, 0)));
                }
            }
            long[] dw = snap.deltaWords;
            for (int slot = 0, i = 0; slot < snap.deltaSize; slot++, i += 4) {
                int d = Long.bitCount(dw[i] ^ q0) + Long.bitCount(dw[i + 1] ^ q1)
                        + Long.bitCount(dw[i + 2] ^ q2) + Long.bitCount(dw[i + 3] ^ q3);
                if (d <= radius && !isSet(snap.deltaDead, slot)) {
                    out.add(new Match(snap.deltaIds[slot], d));
                }
            }
            Collections.sort(out);
            return out;
        }
    }
}
