package eu.csar.indicators.application;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MatchRateLimitedTest {

    @Test
    void saysHowLongToWait() {
        MatchRateLimited limited = new MatchRateLimited(3);
        assertEquals(3, limited.retryAfterSeconds());
        assertEquals("Too many hashes for this provider; retry after 3 s", limited.getMessage());
    }
}
