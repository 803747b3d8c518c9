package io.scofacts.core.extract.project;

import io.scofacts.core.text.SortedSearch;
import io.scofacts.core.factsheet.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Mentions sorted by start, so the ones inside or around a span are found by binary search:
 * a page with many names and many countries stays linear-logarithmic, not quadratic.
 */
final class SpanIndex<T> {

    /** Mentions longer than this are not looked for as containers of a span. */
    private static final int MAX_CONTAINER = 120;

    private final List<T> items;
    private final int[] starts;
    private final Function<T, Span> spanOf;

    SpanIndex(List<T> mentions, Function<T, Span> spanOf) {
        this.spanOf = spanOf;
        this.items = new ArrayList<>(mentions);
        items.sort(Comparator.comparingInt(item -> spanOf.apply(item).start()));
        starts = new int[items.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = spanOf.apply(items.get(i)).start();
        }
    }

    /** The mentions lying inside {@code span}, in text order. */
    List<T> inside(Span span) {
        List<T> found = new ArrayList<>();
        for (int i = firstAtOrAfter(span.start()); i < starts.length && starts[i] < span.end(); i++) {
            if (span.contains(spanOf.apply(items.get(i)))) {
                found.add(items.get(i));
            }
        }
        return found;
    }

    /** True when some mention covers {@code span}. */
    boolean covers(Span span) {
        for (int i = firstAtOrAfter(span.start() - MAX_CONTAINER); i < starts.length && starts[i] <= span.start(); i++) {
            if (spanOf.apply(items.get(i)).contains(span)) {
                return true;
            }
        }
        return false;
    }

    private int firstAtOrAfter(int position) {
        return SortedSearch.firstAtLeast(starts.length, i -> starts[i], position);
    }
}
