package org.baclo.app;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A bounded in-memory map for values that cannot go stale: the key must name everything
 * the value depends on (an id with the record's version, a plan's id with its creation
 * time), so that no other instance and no later change can make a cached value wrong.
 * Reads take no lock (every screen of a clinic reads hundreds of entries per request); a
 * put that would pass the bound empties the map first, so it never holds more than
 * {@code maxEntries} and refills with what is in use.
 */
public final class BoundedCache<K, V> {

    private final int maxEntries;

    private final ConcurrentHashMap<K, V> map = new ConcurrentHashMap<>();

    public BoundedCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** The value under {@code key}, or null. */
    public V get(K key) {
        return map.get(key);
    }

    public void put(K key, V value) {
        if (maxEntries <= 0) {
            return;
        }
        if (map.size() >= maxEntries && !map.containsKey(key)) {
            map.clear();
        }
        map.put(key, value);
    }

    /**
     * The value under {@code key}, computed when missing (two threads may both compute
     * it; the values are equal by the rule above).
     */
    public V get(K key, Function<K, V> compute) {
        V v = map.get(key);
        if (v == null) {
            v = compute.apply(key);
            put(key, v);
        }
        return v;
    }

    public int size() {
        return map.size();
    }

}
