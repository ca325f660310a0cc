package eu.csar.indicators.application;

/**
 * During the start-up load only: an indicator's id (a UUID as two longs) to its seq, so that the
 * provenance rows, read by a second plain scan instead of a join and aggregation in PostgreSQL, can
 * be folded into the rows already read. Open addressing (linear probing) over one {@code int[]} of
 * seqs (0 = empty); the ids themselves stay where the load put them ({@link Ids}), so ten million
 * indicators cost 64 MiB here, dropped when the load is through.
 */
final class IndicatorSeqs {

    /** Where the ids of the seqs live. */
    interface Ids {
        long hi(int seq);

        long lo(int seq);
    }

    private final Ids ids;
    private int[] slots;
    private int mask;
    private int used;

    /** A table sized for {@code expected} seqs (an estimate: it grows beyond). */
    IndicatorSeqs(Ids ids, int expected) {
        this.ids = ids;
        int capacity = Integer.highestOneBit(Math.max(16, (int) Math.min(1 << 30, expected * 3L / 2 + 1)) - 1) << 1;
        this.slots = new int[capacity];
        this.mask = capacity - 1;
    }

    /** Records {@code seq} (positive) under its id, which {@link Ids} must already answer. */
    void add(int seq) {
        if (used >= slots.length - (slots.length >> 2)) {
            grow();
        }
        insert(seq);
        used++;
    }

    private void insert(int seq) {
        int slot = slot(ids.hi(seq), ids.lo(seq));
        for (int probes = 0; slots[slot] != 0; probes++) {
            if (probes == slots.length) {
                // Cannot happen while add() grows at 3/4; a bound instead of a loop without end.
                throw new IllegalStateException("seq table full at " + slots.length);
            }
            slot = (slot + 1) & mask;
        }
        slots[slot] = seq;
    }

    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        mask = slots.length - 1;
        for (int seq : old) {
            if (seq != 0) {
                insert(seq);
            }
        }
    }

    /** The seq recorded under this id, or 0. */
    int seq(long hi, long lo) {
        int slot = slot(hi, lo);
        for (int probes = 0, seq = slots[slot]; seq != 0 && probes < slots.length; probes++, seq = slots[slot]) {
            if (ids.hi(seq) == hi && ids.lo(seq) == lo) {
                return seq;
            }
            slot = (slot + 1) & mask;
        }
        return 0;
    }

    private int slot(long hi, long lo) {
        long h = (hi ^ Long.rotateLeft(lo, 29)) * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) & mask;
    }
}
