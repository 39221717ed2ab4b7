package eu.strateg.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The failed-login limit against a clock the test moves. */
class LoginThrottleTest {

    /** A clock that stands still until the test moves it. */
    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-03-01T08:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void theSixthLoginWaitsUntilTheFirstFailureIsFifteenMinutesOld() {
        MovingClock clock = new MovingClock();
        LoginThrottle t = new LoginThrottle(clock);
        for (int i = 0; i < 5; i++) {
            assertThat(t.wait("Eva")).isEmpty();
            t.failed("eva");
            clock.advance(Duration.ofMinutes(1));
        }
        // failures at 8:00 … 8:04, now 8:05: the first leaves the window at 8:15
        assertThat(t.wait("eva")).contains(Duration.ofMinutes(10));
        assertThat(t.wait("adam")).isEmpty();
        clock.advance(Duration.ofMinutes(10));
        assertThat(t.wait("eva")).isEmpty();
    }

    @Test
    void aSuccessfulLoginForgetsTheFailures() {
        LoginThrottle t = new LoginThrottle(new MovingClock());
        for (int i = 0; i < 4; i++) {
            t.failed("eva");
        }
        t.succeeded("eva");
        t.failed("eva");
        assertThat(t.wait("eva")).isEmpty();
    }
}
