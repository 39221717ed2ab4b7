package eu.strateg.sources.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** A small in-memory cache: each value is kept for a time-to-live, the least recently used goes first when it is full. */
final class TtlCache<K, V> {

    private record Entry<V>(V value, Instant expires) {
    }

    private final Clock clock;
    private final Duration ttl;
    private final int capacity;
    private final LinkedHashMap<K, Entry<V>> entries;

    TtlCache(Clock clock, Duration ttl, int capacity) {
        this.clock = clock;
        this.ttl = ttl;
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
                return size() > TtlCache.this.capacity;
            }
        };
    }

    /** The cached value for {@code key}, or the one {@code load} gives (kept when caching is on). */
    V get(K key, Supplier<V> load) {
        if (ttl.isZero() || capacity == 0) {
            return load.get();
        }
        synchronized (entries) {
            Entry<V> e = entries.get(key);
            if (e != null && clock.instant().isBefore(e.expires())) {
                return e.value();
            }
            entries.remove(key);
        }
        V value = load.get();
        synchronized (entries) {
            entries.put(key, new Entry<>(value, clock.instant().plus(ttl)));
        }
        return value;
    }

    /** Forgets every value. */
    void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }
}
