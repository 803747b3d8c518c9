package io.scofacts.core.text.story;

import java.util.BitSet;
import java.util.List;

/**
 * Line breaks of fixed-width text (PDF and OCR output wraps every line at the same width, even
 * inside a word). When most lines of the page have about the same length, a break after a full
 * line goes from the view if it splits Chinese text not ending a sentence, and an English word
 * split with a hyphen ("digi-\ntal") is joined. Pages of ordinary paragraphs, whose line lengths
 * vary, keep every break, so a title never runs into the body.
 */
final class WrappedLines {

    private static final int MAX_WIDTH = 400;
    private static final int MIN_WIDTH = 10;
    private static final int MIN_WRAPPED_LINES = 3;

    private WrappedLines() {
    }

    static void mark(String text, BitSet dropped) {
        List<Line> lines = Line.split(text);
        int width = wrapWidth(lines);
        if (width < 0) {
            return;
        }
        int shortest = width - tolerance(width);
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line line = lines.get(i);
            Line next = lines.get(i + 1);
            if (line.isBlank() || next.isBlank() || line.length() < shortest || next.trimStart() != next.start()) {
                continue;
            }
            char last = text.charAt(line.trimEnd() - 1);
            char first = text.charAt(next.trimStart());
            if (splitsChinese(last, first)) {
                dropped.set(line.trimEnd(), next.start());
            } else if (last == '-' && line.length() >= 2 && Character.isLetter(text.charAt(line.trimEnd() - 2))
                    && Character.isLowerCase(first)) {
                dropped.set(line.trimEnd() - 1, next.start());
            }
        }
    }

    private static boolean splitsChinese(char last, char first) {
        boolean han = LineShapes.isHan(last) || LineShapes.isHan(first);
        return han && !Line.isSentencePunctuation(last) && isChineseText(last) && isChineseText(first);
    }

    private static boolean isChineseText(char c) {
        return LineShapes.isHan(c) || (c >= '0' && c <= '9') || c == ',' || c == '、' || c == '“' || c == '”'
                || c == '《' || c == '》' || c == '(' || c == ')';
    }

    /**
     * The width the page is wrapped at, or -1 when it is not wrapped: the length L for which most
     * non-blank lines lie in [L - tolerance, L].
     */
    static int wrapWidth(List<Line> lines) {
        int[] count = new int[MAX_WIDTH + 2];
        int nonBlank = 0;
        for (Line line : lines) {
            if (!line.isBlank()) {
                nonBlank++;
                count[Math.min(line.length(), MAX_WIDTH + 1)]++;
            }
        }
        int[] prefix = new int[MAX_WIDTH + 2];
        for (int len = 1; len <= MAX_WIDTH + 1; len++) {
            prefix[len] = prefix[len - 1] + count[len];
        }
        int best = -1;
        int bestCount = 0;
        for (int len = MIN_WIDTH; len <= MAX_WIDTH; len++) {
            int inBand = prefix[len] - prefix[len - tolerance(len) - 1];
            if (inBand > bestCount) {
                best = len;
                bestCount = inBand;
            }
        }
        boolean wrapped = bestCount >= MIN_WRAPPED_LINES && 2 * bestCount >= nonBlank;
        return wrapped ? best : -1;
    }

    /** Fixed-width lines differ by a few chars (half-width digits, punctuation pushed to the next line). */
    private static int tolerance(int width) {
        return Math.max(2, width / 8);
    }
}
