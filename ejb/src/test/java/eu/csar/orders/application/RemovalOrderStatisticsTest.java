package eu.csar.orders.application;

import eu.csar.orders.domain.RemovalTime;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Time to removal: median and 90th percentile by nearest rank, per provider and over all; late orders counted. */
class RemovalOrderStatisticsTest {

    static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    static final UUID ALPHA = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final UUID BETA = UUID.fromString("00000000-0000-0000-0000-0000000000b2");

    static RemovalTime executed(UUID provider, String name, int hours, boolean late) {
        return new RemovalTime(provider, name, T0, T0.plus(Duration.ofHours(hours)), late ? T0.plus(Duration.ofHours(24)) : null);
    }

    @Test
    void medianAndP90ByNearestRankPerProviderAndOverAll() {
        List<RemovalTime> times = new ArrayList<>();
        for (int h = 1; h <= 10; h++) {
            times.add(executed(ALPHA, "Alpha Hosting", h, false));
        }
        times.add(executed(BETA, "Beta Cloud", 30, true));
        times.add(new RemovalTime(BETA, "Beta Cloud", T0, null, T0.plus(Duration.ofHours(24))));

        TimeToRemoval stats = RemovalOrderStatistics.of(times);

        TimeToRemoval.Row alpha = stats.perProvider().get(0);
        assertEquals("Alpha Hosting", alpha.providerName());
        assertEquals(10, alpha.executed());
        assertEquals(Duration.ofHours(5), alpha.median());
        assertEquals(Duration.ofHours(9), alpha.p90());
        assertEquals(0, alpha.overDeadline());

        TimeToRemoval.Row beta = stats.perProvider().get(1);
        assertEquals(1, beta.executed(), "the order never executed has no time to removal");
        assertEquals(Duration.ofHours(30), beta.median());
        assertEquals(2, beta.overDeadline(), "executed late and not executed at all");

        assertEquals(11, stats.all().executed());
        assertEquals(Duration.ofHours(6), stats.all().median());
        assertEquals(Duration.ofHours(10), stats.all().p90());
        assertEquals(2, stats.all().overDeadline());
    }

    @Test
    void noExecutedOrderNoFigures() {
        TimeToRemoval stats = RemovalOrderStatistics.of(List.of());
        assertEquals(0, stats.all().executed());
        assertNull(stats.all().median());
        assertEquals(List.of(), stats.perProvider());
    }
}
