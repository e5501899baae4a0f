package org.baclo.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A bounded map that drops the least recently used entry once {@code maxEntries} is
 * reached. Thread-safe (one lock; every operation is a few map steps). Only for values
 * that cannot go stale: the key must name everything the value depends on (an id with the
 * record's version, a plan's id with its creation time), so that no other instance and no
 * later change can make a cached value wrong.
 */
public final class LruCache<K, V> {

    private final int maxEntries;

    private final LinkedHashMap<K, V> map;

    public LruCache(int maxEntries) {
        this.maxEntries = maxEntries;
        this.map = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > LruCache.this.maxEntries;
            }
        };
    }

    /** The value under {@code key}, or null. */
    public synchronized V get(K key) {
        return map.get(key);
    }

    public synchronized void put(K key, V value) {
        if (maxEntries > 0) {
            map.put(key, value);
        }
    }

    /**
     * The value under {@code key}, computed outside the lock when missing (two threads
     * may both compute it; the values are equal by the rule above).
     */
    public V get(K key, Function<K, V> compute) {
        V v = get(key);
        if (v == null) {
            v = compute.apply(key);
            put(key, v);
        }
        return v;
    }

    public synchronized int size() {
        return map.size();
    }

}
