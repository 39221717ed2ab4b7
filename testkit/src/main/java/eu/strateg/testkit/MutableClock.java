package eu.strateg.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that tests move by hand, so recorded-at times and as-of queries are exact. Thread-safe. */
public final class MutableClock extends Clock {

    private volatile Instant now;
    private final ZoneId zone;

    public MutableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public MutableClock(Instant start) {
        this(start, ZoneOffset.UTC);
    }

    /** 2025-01-15T10:00:00Z, UTC. */
    public static MutableClock standard() {
        return new MutableClock(Instant.parse("2025-01-15T10:00:00Z"));
    }

    public void set(Instant instant) {
        this.now = instant;
    }

    /** Moves the clock forward and returns the new instant. */
    public synchronized Instant advance(Duration d) {
        now = now.plus(d);
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return new MutableClock(now, z);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
