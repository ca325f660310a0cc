package eu.csar.detection.index;

import java.util.Arrays;

/**
 * What a query sees: the bucketed base, the delta of entries added since the base was built
 * (the first {@code deltaSize} of {@code deltaWords}/{@code deltaIds}, searched by brute force),
 * the tombstones of both, and the number of live entries.
 *
 * <p>The rule that lets readers go without locks: a published snapshot is never changed where a
 * reader looks. Writers (serialised by {@link HashIndex}'s lock) only write delta slots at or past
 * {@code deltaSize}, which no reader of this snapshot reads, set tombstone bits atomically, and
 * publish the result as a new snapshot through a volatile write.
 */
record Snapshot(BucketTables base, long[] deltaWords, long[] deltaIds, int deltaSize, Tombstones deltaDead,
        int live) {

    private static final int MIN_DELTA_CAPACITY = 1024;

    /** A base with an empty delta. */
    static Snapshot of(BucketTables base) {
        return new Snapshot(base, new long[0], new long[0], 0, new Tombstones(0), base.n);
    }

    /** This snapshot plus one entry in the delta; the caller holds the write lock. */
    Snapshot plus(long id, long w0, long w1, long w2, long w3) {
        long[] words = deltaWords;
        long[] ids = deltaIds;
        Tombstones dead = deltaDead;
        int n = deltaSize;
        if (n == ids.length) {
            int cap = Math.max(MIN_DELTA_CAPACITY, n * 2);
            words = Arrays.copyOf(words, cap * 4);
            ids = Arrays.copyOf(ids, cap);
            dead = dead.grownTo(cap);
        }
        // Slots past the published size are invisible to readers, so writing them is safe;
        // the volatile write of the new snapshot publishes them.
        words[4 * n] = w0;
        words[4 * n + 1] = w1;
        words[4 * n + 2] = w2;
        words[4 * n + 3] = w3;
        ids[n] = id;
        return new Snapshot(base, words, ids, n + 1, dead, live + 1);
    }

    /**
     * Sets the tombstone of every live entry with this id and exactly this hash, in the base and
     * in the delta; the caller holds the write lock. Returns how many were set.
     */
    int tombstone(long id, long w0, long w1, long w2, long w3) {
        RangeSearch exact = new RangeSearch(this, w0, w1, w2, w3, 0);
        exact.run();
        int removed = 0;
        for (int i = 0; i < exact.nBase; i++) {
            int slot = exact.baseHits[i];
            if (base.id(slot) == id && !base.dead.isSet(slot)) {
                base.dead.set(slot);
                removed++;
            }
        }
        for (int slot = 0, i = 0; slot < deltaSize; slot++, i += 4) {
            if (deltaIds[slot] == id && !deltaDead.isSet(slot) && deltaWords[i] == w0 && deltaWords[i + 1] == w1
                    && deltaWords[i + 2] == w2 && deltaWords[i + 3] == w3) {
                deltaDead.set(slot);
                removed++;
            }
        }
        return removed;
    }

    /** The same entries with {@code removed} fewer counted live, after {@link #tombstone}. */
    Snapshot minus(int removed) {
        return new Snapshot(base, deltaWords, deltaIds, deltaSize, deltaDead, live - removed);
    }

    /** Copies of the live entries, base first, each in slot order: what compaction and save keep. */
    HashEntries liveEntries() {
        long[] words = new long[4 * live];
        long[] ids = new long[live];
        int k = 0;
        for (int i = 0; i < base.n; i++) {
            if (!base.dead.isSet(i)) {
                System.arraycopy(base.words, 4 * i, words, 4 * k, 4);
                ids[k++] = base.id(i);
            }
        }
        k = copyLive(deltaWords, deltaIds, deltaSize, deltaDead, words, ids, k);
        return new HashEntries(ids, words, k);
    }

    private static int copyLive(long[] fromWords, long[] fromIds, int n, Tombstones dead, long[] words, long[] ids,
            int k) {
        for (int i = 0; i < n; i++) {
            if (!dead.isSet(i)) {
                System.arraycopy(fromWords, 4 * i, words, 4 * k, 4);
                ids[k++] = fromIds[i];
            }
        }
        return k;
    }
}
