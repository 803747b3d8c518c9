package io.scofacts.core.extract.quantity;

import io.scofacts.core.factsheet.DateFact;
import io.scofacts.core.factsheet.Span;
import java.util.Comparator;
import java.util.List;

/** The spans of the dates found before, asked in O(log n) whether a span overlaps one. */
final class DateSpans {

    private final int[] starts;
    /** {@code maxEnd[i]} is the largest end among the first {@code i + 1} spans by start. */
    private final int[] maxEnd;

    DateSpans(List<DateFact> dates) {
        List<Span> spans = dates.stream().map(DateFact::mention).filter(java.util.Objects::nonNull).sorted(Comparator.comparingInt(Span::start)).toList();
        starts = new int[spans.size()];
        maxEnd = new int[spans.size()];
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < spans.size(); i++) {
            starts[i] = spans.get(i).start();
            max = Math.max(max, spans.get(i).end());
            maxEnd[i] = max;
        }
    }

    boolean overlaps(Span span) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < span.end()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > 0 && maxEnd[lo - 1] > span.start();
    }
}
