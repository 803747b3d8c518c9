package io.scofacts.core.text;

import io.scofacts.core.factsheet.Span;
import java.util.BitSet;

/**
 * A view of the submitted text in which recognisers match (full-width forms folded,
 * invisible characters dropped, …), together with the map from each view position back to
 * the submitted text, so every span a recogniser finds in the view can be reported in
 * submitted-text offsets.
 */
public final class NormalizedText {

    private final String original;
    private final String view;
    /** The view in simplified Chinese characters, char for char (same length, same offsets). */
    private final String match;
    /** {@code origin[i]} is the submitted-text offset of view char {@code i}; one extra entry for the end. */
    private final int[] origin;

    NormalizedText(String original, String view, int[] origin) {
        this(original, view, view, origin);
    }

    NormalizedText(String original, String view, String match, int[] origin) {
        if (match.length() != view.length()) {
            throw new IllegalArgumentException("the matching text must have the view's length");
        }
        this.original = original;
        this.view = view;
        this.match = match;
        this.origin = origin;
    }

    /** A view equal to the text itself. */
    public static NormalizedText identity(String text) {
        int[] origin = new int[text.length() + 1];
        for (int i = 0; i <= text.length(); i++) {
            origin[i] = i;
        }
        return new NormalizedText(text, text, origin);
    }

    /**
     * This view with the view chars at the set positions of {@code dropped} removed; every kept
     * char still maps to its submitted-text offset, so spans over the result stay exact.
     */
    public NormalizedText without(BitSet dropped) {
        if (dropped.nextSetBit(0) < 0 || dropped.nextSetBit(0) >= view.length()) {
            return this;
        }
        int kept = view.length() - dropped.get(0, view.length()).cardinality();
        StringBuilder keptView = new StringBuilder(kept);
        StringBuilder keptMatch = new StringBuilder(kept);
        int[] keptOrigin = new int[kept + 1];
        int n = 0;
        for (int i = dropped.nextClearBit(0); i < view.length(); i = dropped.nextClearBit(i + 1)) {
            keptView.append(view.charAt(i));
            keptMatch.append(match.charAt(i));
            keptOrigin[n++] = origin[i];
        }
        keptOrigin[n] = origin[view.length()];
        return new NormalizedText(original, keptView.toString(), keptMatch.toString(), keptOrigin);
    }

    /** This view with its matching text in simplified characters (see {@link #matchText()}). */
    public NormalizedText simplified() {
        return new NormalizedText(original, view, SimplifiedChars.of(view), origin);
    }

    public String original() {
        return original;
    }

    public String text() {
        return view;
    }

    /**
     * The view with traditional characters replaced by their simplified forms one for one, so
     * lexicons written in simplified Chinese match traditional stories at the same indices;
     * names are then taken from {@link #text()} at those indices, as the story writes them.
     */
    public String matchText() {
        return match;
    }

    public int length() {
        return view.length();
    }

    public char charAt(int index) {
        return view.charAt(index);
    }

    /** The submitted-text offset of view position {@code index} (0 ≤ index ≤ length). */
    public int originalOffset(int index) {
        return origin[index];
    }

    /**
     * The first view position whose submitted-text offset is at least {@code offset}: the way
     * back from a span another recogniser reported to the view (the offset map never decreases).
     */
    public int viewIndexOf(int offset) {
        return SortedSearch.firstAtLeast(view.length(), i -> origin[i], offset);
    }

    /** The submitted-text span covering view chars {@code [start, end)}. */
    public Span originalSpan(int start, int end) {
        if (start >= end) {
            int at = origin[start];
            return new Span(at, at);
        }
        return new Span(origin[start], origin[end - 1] + 1);
    }

    /** The submitted text under view chars {@code [start, end)}, exactly as written. */
    public String originalText(int start, int end) {
        Span span = originalSpan(start, end);
        return original.substring(span.start(), span.end());
    }
}
