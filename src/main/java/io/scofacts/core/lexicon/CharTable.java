package io.scofacts.core.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A map from a char to a value, for the lexicons' "words by first (or last) char" indexes that
 * are asked at nearly every position of a text. A HashMap of boxed {@code Character} keys
 * costs a box, a hash and an {@code equals} call per lookup, which profiling showed as a large
 * share of extraction time; here a lookup is two array loads. Pages of 256 chars are allocated
 * only where keys are, so a table of Chinese chars takes tens of kilobytes.
 */
public final class CharTable<V> {

    private final Object[][] pages = new Object[256][];

    @SuppressWarnings("unchecked")
    public V get(char c) {
        Object[] page = pages[c >>> 8];
        return page == null ? null : (V) page[c & 0xFF];
    }

    public V getOrDefault(char c, V fallback) {
        V value = get(c);
        return value == null ? fallback : value;
    }

    public void put(char c, V value) {
        Object[] page = pages[c >>> 8];
        if (page == null) {
            page = new Object[256];
            pages[c >>> 8] = page;
        }
        page[c & 0xFF] = value;
    }

    public V computeIfAbsent(char c, Supplier<V> make) {
        V value = get(c);
        if (value == null) {
            value = make.get();
            put(c, value);
        }
        return value;
    }

    /** Every value, in char order (for building and checking a table, not for lookups). */
    @SuppressWarnings("unchecked")
    public List<V> values() {
        List<V> values = new ArrayList<>();
        for (Object[] page : pages) {
            if (page != null) {
                for (Object value : page) {
                    if (value != null) {
                        values.add((V) value);
                    }
                }
            }
        }
        return values;
    }
}
