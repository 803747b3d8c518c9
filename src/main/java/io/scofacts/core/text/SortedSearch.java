package io.scofacts.core.text;

import java.util.function.IntUnaryOperator;

/** Binary search over anything sorted by an int key: offsets, span starts, sentence ends. */
public final class SortedSearch {

    private SortedSearch() {
    }

    /**
     * The first index in {@code [0, size)} whose key is at least {@code value}, {@code size} when
     * none is; {@code keyAt} must not decrease with the index.
     */
    public static int firstAtLeast(int size, IntUnaryOperator keyAt, int value) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (keyAt.applyAsInt(mid) < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
