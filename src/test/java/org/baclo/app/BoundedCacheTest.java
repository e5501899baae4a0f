package org.baclo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedCacheTest {

    @Test
    void never_holds_more_than_its_bound_and_keeps_what_was_put_last() {
        BoundedCache<Integer, String> c = new BoundedCache<>(3);
        for (int i = 0; i < 10; i++) {
            c.put(i, "v" + i);
            assertThat(c.size()).isLessThanOrEqualTo(3);
            assertThat(c.get(i)).isEqualTo("v" + i);
        }
        int before = c.size();
        c.put(9, "again"); // replacing a present key never empties the map
        assertThat(c.get(9)).isEqualTo("again");
        assertThat(c.size()).isEqualTo(before);
    }

    @Test
    void computes_a_missing_value_once_and_then_answers_from_memory() {
        BoundedCache<String, Integer> c = new BoundedCache<>(10);
        AtomicInteger calls = new AtomicInteger();
        assertThat(c.get("a", k -> calls.incrementAndGet())).isEqualTo(1);
        assertThat(c.get("a", k -> calls.incrementAndGet())).isEqualTo(1);
        assertThat(calls).hasValue(1);
    }

    @Test
    void a_bound_of_zero_keeps_nothing() {
        BoundedCache<String, Integer> c = new BoundedCache<>(0);
        c.put("a", 1);
        assertThat(c.get("a")).isNull();
        assertThat(c.size()).isZero();
    }

}
