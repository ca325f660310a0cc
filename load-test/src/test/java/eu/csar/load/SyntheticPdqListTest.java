package eu.csar.load;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What MatchSimulation relies on: replaying a seed gives the rows StartupSeed wrote, clustered as documented. */
class SyntheticPdqListTest {

    @Test
    void theSameSeedReplaysTheSameRowsAndAnotherSeedDoesNot() {
        List<String> first = rows(new SyntheticPdqList(9, 10), 100);
        assertEquals(first, rows(new SyntheticPdqList(9, 10), 100));
        assertNotEquals(first, rows(new SyntheticPdqList(10, 10), 100));
    }

    @Test
    void membersOfAGroupAreWithin24BitsOfEachOtherDistinctAndFarFromOtherGroups() {
        SyntheticPdqList list = new SyntheticPdqList(3, 10);
        List<long[]> previousGroup = null;
        for (int g = 0; g < 200; g++) {
            List<long[]> group = new ArrayList<>();
            Set<String> values = new HashSet<>();
            for (int m = 0; m < 10; m++) {
                SyntheticPdqList.Entry e = list.next();
                group.add(e.words());
                assertTrue(values.add(e.hex()), "a value twice in group " + g);
            }
            for (int m = 1; m < 10; m++) {
                int fromCentre = distance(group.get(0), group.get(m));
                assertTrue(fromCentre >= 1 && fromCentre <= 12, "member " + m + " is " + fromCentre + " bits from its centre");
                for (int o = 1; o < m; o++) {
                    assertTrue(distance(group.get(o), group.get(m)) <= 24);
                }
            }
            if (previousGroup != null) {
                // A near-duplicate of one group must not match the next: random centres are ~128 bits apart.
                assertTrue(distance(previousGroup.get(0), group.get(0)) > 64);
            }
            previousGroup = group;
        }
    }

    @Test
    void clusterSizeOneIsUniform() {
        SyntheticPdqList list = new SyntheticPdqList(5, 1);
        long[] previous = list.next().words();
        for (int i = 0; i < 1000; i++) {
            long[] next = list.next().words();
            assertTrue(distance(previous, next) > 64);
            previous = next;
        }
    }

    @Test
    void hexIsMostSignificantWordFirstLowercasePadded() {
        assertEquals("0".repeat(63) + "1", new SyntheticPdqList.Entry(null, new long[] {1, 0, 0, 0}).hex());
        assertEquals("8" + "0".repeat(63), new SyntheticPdqList.Entry(null, new long[] {0, 0, 0, Long.MIN_VALUE}).hex());
        assertEquals("00000000000000ab" + "0".repeat(48), new SyntheticPdqList.Entry(null, new long[] {0, 0, 0, 0xabL}).hex());
    }

    @Test
    void idsAreDistinct() {
        SyntheticPdqList list = new SyntheticPdqList(1, 10);
        Set<Object> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(ids.add(list.next().id()));
        }
    }

    private static List<String> rows(SyntheticPdqList list, int n) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SyntheticPdqList.Entry e = list.next();
            rows.add(e.id() + " " + e.hex());
        }
        return rows;
    }

    private static int distance(long[] a, long[] b) {
        int d = 0;
        for (int w = 0; w < 4; w++) {
            d += Long.bitCount(a[w] ^ b[w]);
        }
        return d;
    }
}
