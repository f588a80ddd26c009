package org.outagedesk.metrics.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Durations (seconds) collected per key from a result stream, then handed out sorted for percentiles. */
final class SortedDurations<K> {

    private final Map<K, long[]> values = new HashMap<>();
    private final Map<K, Integer> sizes = new HashMap<>();

    void add(K key, long seconds) {
        int size = sizes.getOrDefault(key, 0);
        long[] array = values.computeIfAbsent(key, k -> new long[64]);
        if (size == array.length) {
            array = Arrays.copyOf(array, size * 2);
            values.put(key, array);
        }
        array[size] = seconds;
        sizes.put(key, size + 1);
    }

    /** Fills {@code target} with each key's values, ascending. */
    <M extends Map<K, long[]>> M sorted(M target) {
        values.forEach((key, array) -> {
            long[] sorted = Arrays.copyOf(array, sizes.get(key));
            Arrays.sort(sorted);
            target.put(key, sorted);
        });
        return target;
    }
}
