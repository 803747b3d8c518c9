package io.scofacts.core.extract.event;

import io.scofacts.core.text.SortedSearch;
import java.util.List;

/** Binary search over ranges {@code [start, end)} sorted by start. */
final class Ranges {

    private Ranges() {
    }

    /** The index of the first range that starts at or after {@code position}; size() when none does. */
    static int firstStartingFrom(List<int[]> ranges, int position) {
        return SortedSearch.firstAtLeast(ranges.size(), i -> ranges.get(i)[0], position);
    }
}
