package io.scofacts.core.extract.event;

import io.scofacts.core.factsheet.Span;
import io.scofacts.core.text.NormalizedText;

/** Maps a submitted-text span back to view positions. */
public final class ViewIndex {

    private ViewIndex() {
    }

    /** {@code [start, end)} in view positions of a submitted-text span. */
    public static int[] of(NormalizedText view, Span span) {
        return new int[] {view.viewIndexOf(span.start()), view.viewIndexOf(span.end())};
    }
}
