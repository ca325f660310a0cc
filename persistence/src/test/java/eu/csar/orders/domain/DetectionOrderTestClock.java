package eu.csar.orders.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves, as the platform clock moves in a demonstration: UTC, forward only by what the test says. */
final class DetectionOrderTestClock extends Clock {

    private Instant now;

    DetectionOrderTestClock(Instant start) {
        this.now = start;
    }

    DetectionOrderTestClock advance(Duration by) {
        now = now.plus(by);
        return this;
    }

    DetectionOrderTestClock set(Instant at) {
        now = at;
        return this;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("legal time is UTC");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
