package io.scofacts.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentences of a view, found in one pass: bounded by sentence-final marks and line breaks.
 * The sentence around a name is clipped to a window around it, so looking for its date or place
 * costs the same in a text without any punctuation.
 */
public final class Sentences {

    private static final int MAX_REACH = 150;

    private final int[] ends;
    private final int length;

    private Sentences(int[] ends, int length) {
        this.ends = ends;
        this.length = length;
    }

    public static Sentences of(String text) {
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (endsSentence(text, i)) {
                ends.add(i);
            }
        }
        return new Sentences(ends.stream().mapToInt(Integer::intValue).toArray(), text.length());
    }

    /** {@code [start, end)} of the sentence holding {@code [from, to)}, at most a window's reach each way. */
    public int[] around(int from, int to) {
        int low = SortedSearch.firstAtLeast(ends.length, i -> ends[i], from);
        int start = low == 0 ? 0 : ends[low - 1] + 1;
        int next = low;
        while (next < ends.length && ends[next] < to) {
            next++;
        }
        int end = next < ends.length ? ends[next] : length;
        return new int[] {Math.max(start, from - MAX_REACH), Math.min(end, to + MAX_REACH)};
    }

    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '。' || c == '！' || c == '？' || c == '\n' || c == '!' || c == '?' || c == '；') {
            return true;
        }
        // "Mr. X" and initials keep the sentence going: a full stop counts after a word longer than one capital
        return c == '.' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))
                && !(i > 0 && Character.isUpperCase(text.charAt(i - 1)) && (i < 2 || !Character.isLetter(text.charAt(i - 2))));
    }
}
