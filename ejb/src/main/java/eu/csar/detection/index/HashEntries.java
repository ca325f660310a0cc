package eu.csar.detection.index;

/**
 * The first {@code n} entries of two flat arrays: entry {@code i} has id {@code ids[i]} and hash
 * {@code words[4i..4i+3]} (bits 0..63 first). The form in which entries go into a new base and
 * to and from the index file; kept as primitive arrays so that ten million entries cost 40 bytes
 * each and no objects.
 */
record HashEntries(long[] ids, long[] words, int n) {

    HashEntries {
        if (ids.length < n || words.length < 4L * n) {
            throw new IllegalArgumentException("arrays too short for " + n + " hashes");
        }
    }
}
