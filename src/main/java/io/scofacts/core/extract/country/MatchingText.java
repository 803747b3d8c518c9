package io.scofacts.core.extract.country;

import io.scofacts.core.text.LetterFold;
import io.scofacts.core.text.TextNormalizer;
import java.util.Arrays;

/**
 * The chars the country matchers scan: the article view with ё read as е and the typographic
 * apostrophe as ', and with the whitespace that PDF and OCR text puts between Chinese
 * characters ("中 国", a line broken inside 乌兹别克\n斯坦) left out, so such names still match.
 * Each char keeps the view offset it came from, so spans map back to the view (and from
 * there to the submitted text) and then cover the left-out spaces too.
 */
final class MatchingText {

    private final char[] chars;
    private final int length;
    /** {@code viewOffset[i]} is the view offset of char {@code i}; null when chars are the view one to one. */
    private final int[] viewOffset;

    private MatchingText(char[] chars, int length, int[] viewOffset) {
        this.chars = chars;
        this.length = length;
        this.viewOffset = viewOffset;
    }

    static MatchingText of(String view) {
        int n = view.length();
        char[] chars = new char[n];
        int[] offsets = null;
        int out = 0;
        for (int i = 0; i < n; i++) {
            char c = view.charAt(i);
            if (Character.isWhitespace(c) && out > 0 && HanChars.isHan(chars[out - 1])) {
                int next = skipJoinableSpace(view, i);
                if (next > i) {
                    if (offsets == null) {
                        offsets = identity(n);
                    }
                    i = next - 1;
                    continue;
                }
            }
            chars[out] = fold(c);
            if (offsets != null) {
                offsets[out] = i;
            }
            out++;
        }
        return new MatchingText(out == n ? chars : Arrays.copyOf(chars, out), out, offsets);
    }

    /**
     * The end of the whitespace run at {@code start} when it lies between two Han chars and
     * holds at most one line break (a paragraph break separates, it never splits a word);
     * else {@code start}.
     */
    private static int skipJoinableSpace(String view, int start) {
        int end = start;
        int lineBreaks = 0;
        while (end < view.length() && Character.isWhitespace(view.charAt(end))) {
            if (view.charAt(end) == '\n') {
                lineBreaks++;
            }
            end++;
        }
        boolean joinable = end < view.length() && HanChars.isHan(view.charAt(end)) && lineBreaks <= 1;
        return joinable ? end : start;
    }

    private static int[] identity(int n) {
        int[] offsets = new int[n];
        for (int i = 0; i < n; i++) {
            offsets[i] = i;
        }
        return offsets;
    }

    /** The matching form of one char; patterns go through it too. */
    static char fold(char c) {
        return LetterFold.fold(c);
    }

    /** The form under which a lexicon entry is matched: as the view and then the matcher read it. */
    static String patternOf(String entry) {
        return new String(of(TextNormalizer.normalize(entry).text()).chars());
    }

    /** The scanned chars. */
    char[] chars() {
        return chars;
    }

    int length() {
        return length;
    }

    /** The view offset where matching-text char {@code index} came from. */
    int viewStart(int index) {
        return viewOffset == null ? index : viewOffset[index];
    }

    /** The view offset just after matching-text chars {@code [start, end)}. */
    int viewEnd(int end) {
        return viewStart(end - 1) + 1;
    }
}
