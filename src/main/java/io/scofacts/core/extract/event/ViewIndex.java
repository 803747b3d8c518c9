package io.scofacts.core.extract.event;

import io.scofacts.core.factsheet.Span;
import io.scofacts.core.text.NormalizedText;

/** Maps submitted-text offsets back to view positions (the view's offset map is non-decreasing). */
public final class ViewIndex {

    private ViewIndex() {
    }

    /** The first view position whose submitted-text offset is at least {@code offset}. */
    public static int of(NormalizedText view, int offset) {
        int low = 0;
        int high = view.length();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (view.originalOffset(mid) < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** {@code [start, end)} in view positions of a submitted-text span. */
    public static int[] of(NormalizedText view, Span span) {
        return new int[] {of(view, span.start()), of(view, span.end())};
    }
}
