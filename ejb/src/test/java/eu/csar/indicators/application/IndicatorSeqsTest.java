package eu.csar.indicators.application;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every id added is found under its own seq, colliding or not; an id never added is not. */
class IndicatorSeqsTest {

    @Test
    void findsEachSeqByItsId() {
        int n = 50_000;
        long[] hi = new long[n + 1];
        long[] lo = new long[n + 1];
        SplittableRandom rnd = new SplittableRandom(3);
        IndicatorSeqs.Ids ids = new IndicatorSeqs.Ids() {
            @Override
            public long hi(int seq) {
                return hi[seq];
            }

            @Override
            public long lo(int seq) {
                return lo[seq];
            }
        };
        for (int seq = 1; seq <= n; seq++) {
            hi[seq] = seq % 7 == 0 ? 42 : rnd.nextLong(); // many share the high word
            lo[seq] = seq % 7 == 0 ? seq : seq % 11 == 0 ? 42 : rnd.nextLong(); // or the low one
        }
        IndicatorSeqs seqs = new IndicatorSeqs(ids, 10); // far too small an estimate: it grows
        for (int seq = 1; seq <= n; seq++) {
            seqs.add(seq);
        }
        for (int seq = 1; seq <= n; seq++) {
            assertEquals(seq, seqs.seq(hi[seq], lo[seq]));
        }
        assertEquals(0, seqs.seq(1, 2));
        assertEquals(0, seqs.seq(42, 43));
    }
}
