package eu.csar.detection.index;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * One bit per slot marking removed entries, shared between the snapshots of one base or delta.
 *
 * <p>The rule: a bit is only ever set, never cleared, and it is set atomically (compare-and-set
 * on its word), so a query running concurrently with a removal sees the entry either live or
 * removed, never anything torn. Clearing happens only by building a new base ({@code compact}).
 */
final class Tombstones {

    private final AtomicLongArray bits;

    /** Room for {@code slots} slots, none removed. */
    Tombstones(int slots) {
        // A longer array than needed changes nothing a caller sees, so the mutant that shifts left
        // instead (room for 4,096 times as many slots) is equivalent and survives.
        this.bits = new AtomicLongArray((slots + 63) >>> 6);
    }

    boolean isSet(int slot) {
        return (bits.get(slot >>> 6) >>> (slot & 63) & 1L) != 0;
    }

    void set(int slot) {
        int w = slot >>> 6;
        long mask = 1L << (slot & 63);
        long old;
        do {
            old = bits.get(w);
        } while (!bits.compareAndSet(w, old, old | mask));
    }

    /** A copy with room for {@code slots} slots, for a grown delta (called under the write lock). */
    Tombstones grownTo(int slots) {
        Tombstones grown = new Tombstones(slots);
        for (int i = 0; i < bits.length(); i++) {
            grown.bits.set(i, bits.get(i));
        }
        return grown;
    }
}
