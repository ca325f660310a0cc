package eu.csar.detection.index;

import eu.csar.detection.pdq.PdqHash;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Exact Hamming-radius search over 256-bit hashes: {@link #query} returns every live indexed
 * hash within the radius, with its id and distance, exactly the set {@link BruteForce} returns.
 *
 * <p>How: multi-index hashing. The 256 bits are cut into eleven disjoint substrings (three of 24
 * bits, eight of 23). By the pigeonhole principle, if two hashes are within distance {@code r}
 * then for thresholds {@code t_s} with {@code sum(t_s + 1) >= r + 1} at least one substring
 * {@code s} differs in at most {@code t_s} bits; for {@code r = 31} that is {@code t = 2} on ten
 * substrings and {@code t = 1} on one. Each substring has a bucket table keyed on a prefix of the
 * substring (an {@code int} offset per prefix plus an {@code int} per hash packing its slot and
 * the rest of its key bits), so a query probes every prefix within {@code t_s} bits of its own,
 * keeps the entries whose whole key is within {@code t_s} (and that a few bits of the next
 * substring, carried in the same {@code int}, do not rule out: {@code EntryFilter}), and verifies
 * each candidate on the
 * full 256 bits (XOR + popcount over one flat {@code long[]}, the first two words first). When the probes would cost more
 * than a scan (very large radii) the query scans instead; either way the result is exact.
 *
 * <p>Online changes without a rebuild: {@link #add} appends to a delta searched by brute force;
 * {@link #remove} sets a tombstone bit. {@link #compact()} folds the delta and tombstones into a
 * new base when convenient (the owner schedules it; {@link #deltaSize()} says how large the
 * delta is). Queries run concurrently with all of these: they read an immutable snapshot
 * published through a volatile field; writers serialise on a lock. Queries are thread safe.
 *
 * <p>The parts: {@code SubstringLayout} (substrings, keys, thresholds), {@code BucketTables} (the
 * immutable base), {@code Snapshot} (base + delta + tombstones, what a query sees),
 * {@code RangeSearch} (one query), {@code IndexFile} (save/load). This class is the facade: it
 * holds the current snapshot and the write lock.
 *
 * <p>Memory for n hashes: 32 n bytes of hashes, 4 n of ids (8 n if some id does not fit in an
 * {@code int}), 44 n of bucket entries, plus offset tables over about {@code log2(n) - 3} bits of
 * each substring (88 MiB at 10 million): about 851 MiB for 10 million ({@link #arrayBytes}).
 * {@link #queryBatch} answers many queries with fewer cache misses than one by one (measured
 * figures: docs/detection.md).
 */
public final class HashIndex {

    /** The PDQ match threshold. */
    public static final int DEFAULT_RADIUS = 31;

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
        return new HashIndex(Snapshot.of(BucketTables.build(new HashEntries(ids, words, n))));
    }

    /** Number of live (added and not removed) hashes. */
    public int size() {
        return current.live();
    }

    /** Number of hashes added since the last {@link #compact()}, searched by brute force. */
    public int deltaSize() {
        return current.deltaSize();
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
        RangeSearch search = new RangeSearch(current, q0, q1, q2, q3, radius);
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

    /**
     * The results of {@code count} queries given as four words each ({@code words[4i..4i+3]}, bits
     * 0..63 first), in order, computed on the calling thread against one snapshot: the form in
     * which the match service hands over its batches. The same results as {@link #query} one by
     * one, faster, because the memory accesses of all queries are sorted first.
     */
    public List<List<Match>> queryBatch(long[] words, int count, int radius) {
        if (radius < 0) {
            throw new IllegalArgumentException("radius must be >= 0, got " + radius);
        }
        if (count < 0 || words.length < 4L * count) {
            throw new IllegalArgumentException("need 4 words for each of " + count + " queries");
        }
        BatchSearch.Scratch reused = scratchPool.poll();
        if (reused == null) {
            reused = new BatchSearch.Scratch();
        }
        BatchSearch search = new BatchSearch(current, radius, reused);
        List<List<Match>> out = search.run(words, count);
        scratchPool.offer(search.giveBack(reused)); // dropped when the pool is full
        return out;
    }

    /**
     * Scratch arrays of finished batches, for the next ones: at most {@link #SCRATCH_POOL}, each
     * ~40 MB at 10 million hashes and batches of 1,000 (what {@code BatchSearch.Scratch} says
     * they save). A batch takes one or, when all are in use, allocates its own.
     */
    private final java.util.concurrent.ArrayBlockingQueue<BatchSearch.Scratch> scratchPool =
            new java.util.concurrent.ArrayBlockingQueue<>(SCRATCH_POOL);

    /** Scratch sets kept: enough for a few concurrent batches per core. */
    static final int SCRATCH_POOL = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    /**
     * Bytes held by the index's arrays (hashes, ids, bucket tables, delta), computed from their
     * lengths: the retained size up to object headers and the tombstone bits (n / 8).
     */
    public long arrayBytes() {
        Snapshot s = current;
        return s.base().arrayBytes() + 8L * s.deltaWords().length + 8L * s.deltaIds().length;
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
            current = current.plus(id, w0, w1, w2, w3);
        }
    }

    /**
     * Disables every entry with this id and exactly this hash (the caller knows both: the
     * platform removes an indicator by its id and hash). Returns how many entries were disabled.
     */
    public int remove(long id, PdqHash h) {
        synchronized (writeLock) {
            Snapshot s = current;
            int removed = s.tombstone(id, h.word(0), h.word(1), h.word(2), h.word(3));
            if (removed > 0) {
                current = s.minus(removed);
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
            current = Snapshot.of(BucketTables.build(current.liveEntries()));
        }
    }

    // ------------------------------------------------------------------ persistence

    /**
     * Writes the live entries (ids and hashes) to a file, atomically replacing it. The bucket
     * tables are rebuilt on {@link #load}, which keeps the file at 40 bytes per hash.
     */
    public void save(Path file) throws IOException {
        IndexFile.write(file, current.liveEntries());
    }

    /** Reads an index written by {@link #save}. */
    public static HashIndex load(Path file) throws IOException {
        return new HashIndex(Snapshot.of(BucketTables.build(IndexFile.read(file))));
    }
}
