package eu.csar.reports.application;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The advisory locks a triage job takes before its "seen before" lookup (V62's {@code report_pdq_lock}, one
 * statement, ascending keys; docs/reports.md "Both ways, one at a time where it matters"), so that two jobs
 * that could find each other run their lookups one after the other and the second sees the first's rows:
 * <ul>
 *   <li>a PDQ hash: its 16 own band keys ({@link PdqBands#keys}) exclusive, the other 256 it probes shared.
 *       Two hashes within {@value PdqBands#RADIUS} bits share a band differing in at most one bit, so one's
 *       own key there is among the other's probes: exclusive meets shared (or exclusive);</li>
 *   <li>a digest (MD5, SHA-256): one key from its first 32 bits, exclusive, above every band key
 *       ({@link #DIGEST_KEYS_FROM}): two reports of the same digest meet on it (two different digests on
 *       the same key only wait for each other needlessly);</li>
 *   <li>{@link #ALL} shared by every job with a hash, or exclusive alone, instead of all the above, for a
 *       report of more than {@link #LOCKED_HASHES} PDQ hashes or {@link #LOCKED_DIGESTS} digests: PostgreSQL's
 *       lock table is shared and bounded (max_locks_per_transaction x (max_connections +
 *       max_prepared_transactions), 64 x 164 = 10,496 here), and 8 sessions x (2 x 272 + 16) keys leave room
 *       for everything else.</li>
 * </ul>
 */
public final class TriageLocks {

    /** The most PDQ hashes a job locks by their band keys, 272 keys each. */
    public static final int LOCKED_HASHES = 2;
    /** The most digests a job locks by their own keys. */
    public static final int LOCKED_DIGESTS = 16;
    /** The key every job with a hash takes first: shared, or exclusive alone for a report of many hashes. */
    public static final int ALL = -1;
    /** The first digest key: the band keys are {@code 0 .. 16 * 65536 - 1}. */
    static final int DIGEST_KEYS_FROM = PdqBands.BANDS * PdqBands.BAND_VALUES;

    /** The keys to hold, each array ascending; a key both exclusive and shared is exclusive only. */
    public record Locks(int[] exclusive, int[] shared) {
    }

    private TriageLocks() {
    }

    /** The locks for a report's PDQ hashes ({@code pdq}, each as its four words) and digests (hexadecimal). None for no hash. */
    public static Locks locks(List<long[]> pdq, List<String> digests) {
        if (pdq.isEmpty() && digests.isEmpty()) {
            return new Locks(new int[0], new int[0]);
        }
        if (pdq.size() > LOCKED_HASHES || digests.size() > LOCKED_DIGESTS) {
            return new Locks(new int[] {ALL}, new int[0]);
        }
        TreeSet<Integer> exclusive = new TreeSet<>();
        TreeSet<Integer> shared = new TreeSet<>();
        shared.add(ALL);
        for (long[] words : pdq) {
            for (int key : PdqBands.keys(words)) {
                exclusive.add(key);
            }
            for (int key : PdqBands.probes(words)) {
                shared.add(key);
            }
        }
        for (String digest : digests) {
            exclusive.add(digestKey(digest));
        }
        shared.removeAll(exclusive);
        return new Locks(exclusive.stream().mapToInt(Integer::intValue).toArray(), shared.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * A digest's key: {@link #DIGEST_KEYS_FROM} plus its first 32 bits (8 hexadecimal digits, either case) modulo
     * what is left up to {@code Integer.MAX_VALUE}.
     */
    public static int digestKey(String hex) {
        long first = Long.parseLong(hex.substring(0, 8).toLowerCase(Locale.ROOT), 16);
        return DIGEST_KEYS_FROM + (int) (first % ((long) Integer.MAX_VALUE - DIGEST_KEYS_FROM + 1));
    }
}
