package org.baclo.security;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A small bounded cache of verified authentications: least recently used entries go first
 * once {@code maxEntries} is reached, an entry lives at most {@code ttl}, and an entry
 * made under another {@link SecurityEpoch} value than the current one is never returned
 * (so revocations, disabled users and password changes on any instance end it).
 * Thread-safe (one lock; every operation is a few map steps).
 */
final class AuthCache<V> {

    private record Entry<V>(V value, long epoch, long madeAt) {
    }

    private final int maxEntries;

    private final long ttlNanos;

    private final LongSupplier nanos;

    private final LinkedHashMap<String, Entry<V>> map;

    AuthCache(int maxEntries, Duration ttl, LongSupplier nanos) {
        this.maxEntries = maxEntries;
        this.ttlNanos = ttl.toNanos();
        this.nanos = nanos;
        this.map = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry<V>> eldest) {
                return size() > AuthCache.this.maxEntries;
            }
        };
    }

    /**
     * The value cached under {@code key} if it was made under {@code epoch} and is not
     * older than the TTL; else null (and the entry is dropped).
     */
    synchronized V get(String key, long epoch) {
        Entry<V> e = map.get(key);
        if (e == null) {
            return null;
        }
        if (epoch == SecurityEpoch.UNKNOWN || e.epoch() != epoch || nanos.getAsLong() - e.madeAt() >= ttlNanos) {
            map.remove(key);
            return null;
        }
        return e.value();
    }

    /**
     * Caches {@code value}, verified under {@code epoch} (read before the verification
     * began, so a change committed meanwhile makes the entry useless).
     */
    synchronized void put(String key, V value, long epoch) {
        if (epoch != SecurityEpoch.UNKNOWN && maxEntries > 0 && ttlNanos > 0) {
            map.put(key, new Entry<>(value, epoch, nanos.getAsLong()));
        }
    }

    synchronized int size() {
        return map.size();
    }

    synchronized void clear() {
        map.clear();
    }

}
