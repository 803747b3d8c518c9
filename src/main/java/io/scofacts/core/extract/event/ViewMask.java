package io.scofacts.core.extract.event;

import io.scofacts.core.factsheet.Span;
import io.scofacts.core.text.NormalizedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Marks the view positions that fall inside mentions found by earlier recognisers (spans in
 * submitted-text offsets), in one sweep, so a name scanner can ask in constant time whether a
 * character belongs to a country, place or organisation name.
 */
public final class ViewMask {

    private final boolean[] marked;

    private ViewMask(boolean[] marked) {
        this.marked = marked;
    }

    public static ViewMask of(NormalizedText view, List<Span> spans) {
        boolean[] marked = new boolean[view.length()];
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start));
        int next = 0;
        int coveredUntil = -1;
        for (int i = 0; i < marked.length; i++) {
            int offset = view.originalOffset(i);
            while (next < sorted.size() && sorted.get(next).start() <= offset) {
                coveredUntil = Math.max(coveredUntil, sorted.get(next).end());
                next++;
            }
            marked[i] = offset < coveredUntil;
        }
        return new ViewMask(marked);
    }

    public boolean marked(int index) {
        return index >= 0 && index < marked.length && marked[index];
    }

    /** Whether any position in {@code [start, end)} is marked. */
    public boolean any(int start, int end) {
        for (int i = Math.max(0, start); i < end && i < marked.length; i++) {
            if (marked[i]) {
                return true;
            }
        }
        return false;
    }
}
