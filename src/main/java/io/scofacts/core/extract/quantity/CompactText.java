package io.scofacts.core.extract.quantity;

import io.scofacts.core.factsheet.Span;
import io.scofacts.core.text.NormalizedText;

/**
 * The matching view with the spaces inside Chinese figures taken out, so that
 * "约 500 名", "13.5亿\n元" (a line broken inside a figure) and spaced-out print text
 * ("1 5 0 0 余 名 嘉 宾") read like "约500名". A space goes when it sits between Chinese chars,
 * digits or figure signs; between two digits only when the whole text is spaced out, since
 * elsewhere two numbers side by side are two numbers. Positions map back to the view.
 */
final class CompactText {

    private static final int MAX_GAP = 4;

    private final NormalizedText view;
    private final String text;
    /** {@code toView[i]} is the view position of char {@code i}; null when nothing was removed. */
    private final int[] toView;

    private CompactText(NormalizedText view, String text, int[] toView) {
        this.view = view;
        this.text = text;
        this.toView = toView;
    }

    /** The view itself, nothing removed. */
    static CompactText identity(NormalizedText view) {
        return new CompactText(view, view.text(), null);
    }

    /**
     * Removes only spaces next to Chinese chars or between a digit and %, so it leaves text in
     * alphabetic scripts as it is and may run whatever language the story was taken for.
     */
    static CompactText of(NormalizedText view) {
        String s = view.text();
        boolean spacedOut = isSpacedOut(s);
        StringBuilder kept = new StringBuilder(s.length());
        int[] map = new int[s.length()];
        int n = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!TextChars.isSpace(c)) {
                kept.append(c);
                map[n++] = i;
                i++;
                continue;
            }
            int gapEnd = i;
            int lineBreaks = 0;
            while (gapEnd < s.length() && TextChars.isSpace(s.charAt(gapEnd))) {
                lineBreaks += s.charAt(gapEnd) == '\n' ? 1 : 0;
                gapEnd++;
            }
            boolean drop = n > 0 && gapEnd < s.length() && gapEnd - i <= MAX_GAP && lineBreaks <= 1
                    && joins(kept.charAt(n - 1), s.charAt(gapEnd), spacedOut);
            if (!drop) {
                for (int k = i; k < gapEnd; k++) {
                    kept.append(s.charAt(k));
                    map[n++] = k;
                }
            }
            i = gapEnd;
        }
        if (n == s.length()) {
            return identity(view);
        }
        return new CompactText(view, kept.toString(), java.util.Arrays.copyOf(map, n));
    }

    String text() {
        return text;
    }

    NormalizedText view() {
        return view;
    }

    int toView(int index) {
        return toView == null ? index : toView[index];
    }

    /** The submitted-text span of chars {@code [start, end)}. */
    Span originalSpan(int start, int end) {
        return view.originalSpan(toView(start), toView(end - 1) + 1);
    }

    /** The submitted text of chars {@code [start, end)}, spaces and all. */
    String originalText(int start, int end) {
        Span span = originalSpan(start, end);
        return view.original().substring(span.start(), span.end());
    }

    private static boolean joins(char before, char after, boolean spacedOut) {
        if (!figureChar(before, spacedOut) || !figureChar(after, spacedOut)) {
            return false;
        }
        return spacedOut || !(TextChars.isAsciiDigit(before) && TextChars.isAsciiDigit(after));
    }

    private static boolean figureChar(char c, boolean spacedOut) {
        return TextChars.isHan(c) || TextChars.isAsciiDigit(c) || c == '%' || spacedOut && c == '.';
    }

    /** Print text with a space after nearly every Chinese char (新 华 社 北 京). */
    private static boolean isSpacedOut(String s) {
        int han = 0;
        int spacedHan = 0;
        for (int i = 0; i < s.length(); i++) {
            if (TextChars.isHan(s.charAt(i))) {
                han++;
                if (i + 2 < s.length() && s.charAt(i + 1) == ' ' && TextChars.isHan(s.charAt(i + 2))) {
                    spacedHan++;
                }
            }
        }
        return han >= 20 && spacedHan * 3 >= han;
    }
}
