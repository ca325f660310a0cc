package eu.csar.transparency.domain;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RemovalTimeHistogramTest {

    static RemovalTimeHistogram of(long... secondsEach) {
        Map<Integer, Long> buckets = new TreeMap<>();
        for (long s : secondsEach) {
            buckets.merge(RemovalTimeHistogram.bucketOf(s), 1L, Long::sum);
        }
        return new RemovalTimeHistogram(buckets);
    }

    @Test
    void theMedianAndP90AreTheUpperBoundsOfTheBucketsHoldingTheirRanks() {
        // 1 to 11 hours: the 6th (6 h) is the median, the 10th (10 h) the p90
        long[] hours = new long[11];
        Arrays.setAll(hours, i -> (i + 1) * 3600L);
        RemovalTimeHistogram h = of(hours);
        assertEquals(11, h.total());
        assertEquals(OptionalLong.of(360), h.medianMinutes());
        assertEquals(OptionalLong.of(720), h.p90Minutes(), "10 hours lie in the bucket ending at 12 hours");
        assertEquals(OptionalLong.of(720), h.percentileMinutes(100));
        assertEquals(OptionalLong.of(60), h.percentileMinutes(1));
    }

    @Test
    void nearestRankOnAnEvenCount() {
        // 10, 20, 40, 50 minutes: rank ceil(0.5 * 4) = 2 -> 20 minutes -> bucket 30
        RemovalTimeHistogram h = of(600, 1200, 2400, 3000);
        assertEquals(OptionalLong.of(30), h.medianMinutes());
        assertEquals(OptionalLong.of(60), h.p90Minutes());
    }

    @Test
    void bucketsIncludeTheirUpperBoundAndPastSevenDaysAreOpen() {
        assertEquals(15, RemovalTimeHistogram.bucketOf(0));
        assertEquals(15, RemovalTimeHistogram.bucketOf(15 * 60));
        assertEquals(30, RemovalTimeHistogram.bucketOf(15 * 60 + 1));
        assertEquals(1440, RemovalTimeHistogram.bucketOf(24 * 3600));
        assertEquals(1800, RemovalTimeHistogram.bucketOf(24 * 3600 + 1));
        assertEquals(RemovalTimeHistogram.OPEN_BUCKET, RemovalTimeHistogram.bucketOf(7 * 24 * 3600 + 1));
        assertEquals(OptionalLong.of(RemovalTimeHistogram.OPEN_BUCKET), of(8 * 24 * 3600).medianMinutes());
    }

    @Test
    void anEmptyHistogramHasNoMedianAndBadInputIsRefused() {
        assertTrue(of().medianMinutes().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new RemovalTimeHistogram(Map.of(17, 1L)));
        assertThrows(IllegalArgumentException.class, () -> new RemovalTimeHistogram(Map.of(15, -1L)));
        assertThrows(IllegalArgumentException.class, () -> of(60).percentileMinutes(0));
        assertThrows(IllegalArgumentException.class, () -> of(60).percentileMinutes(101));
    }

    @Test
    void theMigrationBucketsTheSameWay() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V47__transparency_reports.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("transparency_removal_bucket[^$]*\\$\\$[^\\[]*ARRAY\\[([0-9,\\s]+)]").matcher(sql);
            assertTrue(m.find(), "the bucket function");
            List<Integer> bounds = Arrays.stream(m.group(1).split(",")).map(String::strip).map(Integer::valueOf).toList();
            assertEquals(RemovalTimeHistogram.BOUNDS_MINUTES, bounds);
            assertTrue(sql.contains("'" + RemovalTimeHistogram.OPEN_BUCKET + "'"));
        }
    }
}
