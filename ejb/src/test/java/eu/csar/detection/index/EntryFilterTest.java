package eu.csar.detection.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The branch-free filter of bucket entries against its definition: kept exactly when the residual
 * key distance is within {@code allowed} and that plus the sketch distance within {@code chain}.
 * The index tests cannot show a filter that keeps too much (the 256-bit verification drops the extra
 * candidates), so without this test such mutants survived and ran every index test.
 */
class EntryFilterTest {

    @Test
    void anEntryIsKeptExactlyWhenBothDistancesAreWithinTheirBudgets() {
        SplittableRandom rnd = new SplittableRandom(17);
        int kept = 0;
        int checked = 200_000;
        for (int i = 0; i < checked; i++) {
            int r = rnd.nextInt(0, 25);
            // sparse bits, so that the distances fall near the budgets
            int bits = rnd.nextInt() & rnd.nextInt() & rnd.nextInt();
            int allowed = rnd.nextInt(0, 5);
            int chain = allowed + rnd.nextInt(0, 5) + 1;
            int residual = Integer.bitCount(bits & (int) ((1L << r) - 1));
            int expected = residual <= allowed && Integer.bitCount(bits) <= chain ? 1 : 0;
            assertEquals(expected, EntryFilter.keep(bits, r, allowed, chain),
                    () -> "bits " + Integer.toBinaryString(bits) + ", r " + r + ", allowed " + allowed + ", chain " + chain);
            kept += expected;
        }
        assertTrue(kept > checked / 10 && kept < checked * 9 / 10, "both outcomes are tried: " + kept + " kept");
    }
}
