package io.scofacts.core.extract.event;

/** The sentence around a position of the view: bounded by sentence-final marks and line breaks. */
public final class Sentences {

    private static final int MAX_REACH = 400;

    private Sentences() {
    }

    /** {@code [start, end)} of the sentence holding {@code [from, to)}; looks at most a few hundred chars each way. */
    public static int[] around(String text, int from, int to) {
        int start = from;
        while (start > 0 && from - start < MAX_REACH && !endsSentence(text, start - 1)) {
            start--;
        }
        int end = to;
        while (end < text.length() && end - to < MAX_REACH && !endsSentence(text, end)) {
            end++;
        }
        return new int[] {start, end};
    }

    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '。' || c == '！' || c == '？' || c == '\n' || c == '!' || c == '?' || c == '；') {
            return true;
        }
        return c == '.' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))
                && !(i > 0 && Character.isUpperCase(text.charAt(i - 1)) && (i < 2 || !Character.isLetter(text.charAt(i - 2))));
    }
}
