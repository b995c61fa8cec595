package org.canlian.rules.subsidy;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values computed from a key and kept for the next caller with the same key, up to a fixed number of keys (beyond, each
 * is computed again): a compiled month keeps the explanation parts many claimants share, in bounded memory whatever the
 * input. Values must be immutable; a value computed twice by two threads at once is equal, and the first kept wins.
 * Thread-safe.
 */
final class Memo<K, V> {
    private final ConcurrentHashMap<K, V> kept = new ConcurrentHashMap<>();
    private final int capacity;

    Memo(int capacity) {
        this.capacity = capacity;
    }

    /**
     * {@return the value kept for {@code key}, or {@code compute}'s, kept if there is room} An exception of {@code
     * compute} is thrown and nothing is kept.
     */
    V get(K key, Function<? super K, ? extends V> compute) {
        V value = kept.get(key);
        if (value != null) {
            return value;
        }
        value = compute.apply(key);
        if (kept.size() < capacity) {
            V first = kept.putIfAbsent(key, value);
            return first != null ? first : value;
        }
        return value;
    }

    /** {@return the number of values kept} */
    int size() {
        return kept.size();
    }
}
