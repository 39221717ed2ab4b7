package eu.strateg.server.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Limits password guessing: after {@value #MAX_FAILURES} failed logins of one account name within {@link #WINDOW}, further
 * logins of that name are refused, right password or not, until the oldest failure leaves the window. Names that do not
 * exist are counted the same, so the limit tells nothing about which names exist.
 */
public final class LoginThrottle {

    /** Failed logins allowed within the window. */
    public static final int MAX_FAILURES = 5;
    /** The window. */
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();

    /**
     * A throttle.
     *
     * @param clock the source of "now"
     */
    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * How long a login of {@code name} must wait, if it must.
     *
     * @param name the account name
     * @return the wait, or empty when a login may be tried now
     */
    public synchronized Optional<Duration> wait(String name) {
        Deque<Instant> f = recent(name);
        if (f.size() < MAX_FAILURES) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), f.peekFirst().plus(WINDOW));
        return Optional.of(left.isNegative() ? Duration.ZERO : left);
    }

    /** Records a failed login of {@code name}. */
    public synchronized void failed(String name) {
        recent(name).addLast(clock.instant());
    }

    /** Forgets the failures of {@code name} after a successful login. */
    public synchronized void succeeded(String name) {
        failures.remove(key(name));
    }

    private Deque<Instant> recent(String name) {
        Deque<Instant> f = failures.computeIfAbsent(key(name), k -> new ArrayDeque<>());
        Instant since = clock.instant().minus(WINDOW);
        while (!f.isEmpty() && !f.peekFirst().isAfter(since)) {
            f.removeFirst();
        }
        return f;
    }

    private static String key(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }
}
