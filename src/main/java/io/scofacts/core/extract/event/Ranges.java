package io.scofacts.core.extract.event;

import java.util.List;

/** Binary search over ranges {@code [start, end)} sorted by start. */
final class Ranges {

    private Ranges() {
    }

    /** The index of the first range that starts at or after {@code position}; size() when none does. */
    static int firstStartingFrom(List<int[]> ranges, int position) {
        int low = 0;
        int high = ranges.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ranges.get(mid)[0] < position) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
