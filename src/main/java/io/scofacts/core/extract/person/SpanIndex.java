package io.scofacts.core.extract.person;

import io.scofacts.core.factsheet.Span;
import java.util.Map;
import java.util.TreeMap;

/**
 * The union of a set of spans, for overlap questions in logarithmic time (a story may hold
 * thousands of mentions; checking each candidate against all of them would be quadratic).
 */
final class SpanIndex {

    /** Disjoint merged ranges: start → end. */
    private final TreeMap<Integer, Integer> ranges = new TreeMap<>();

    void add(Span span) {
        add(span.start(), span.end());
    }

    void add(int start, int end) {
        if (start >= end) {
            return;
        }
        int from = start;
        int to = end;
        Map.Entry<Integer, Integer> before = ranges.floorEntry(start);
        if (before != null && before.getValue() >= start) {
            from = before.getKey();
            to = Math.max(to, before.getValue());
        }
        Map.Entry<Integer, Integer> next = ranges.ceilingEntry(from);
        while (next != null && next.getKey() <= to) {
            to = Math.max(to, next.getValue());
            ranges.remove(next.getKey());
            next = ranges.ceilingEntry(from);
        }
        ranges.put(from, to);
    }

    boolean overlaps(int start, int end) {
        Map.Entry<Integer, Integer> before = ranges.lowerEntry(end);
        return before != null && before.getValue() > start;
    }
}
