package io.scofacts.core.text.story;

import java.util.BitSet;

/**
 * Spaces that OCR and PDF extraction put between Chinese characters ("新 华 社 北 京 9 月 2 日
 * 电"). A single space goes when both neighbours are Chinese-text chars (Han, digits, Chinese
 * punctuation), one of them Han, and at least one neighbour stands alone between spaces: that is
 * spaced-out text. A space between two longer Han runs ("博览会在兰州开幕 共谋发展新机遇") is a
 * deliberate separator and stays, as do spaces between Latin words. Inside a run of three or
 * more lone chars with a Han char among them, spaces between digits go too ("1 5 0 0 余 名").
 */
final class SpacedHan {

    private static final int MIN_RUN = 3;

    private SpacedHan() {
    }

    static void mark(String text, BitSet dropped) {
        for (int i = 1; i + 1 < text.length(); i++) {
            if (text.charAt(i) != ' ') {
                continue;
            }
            char before = text.charAt(i - 1);
            char after = text.charAt(i + 1);
            boolean chinese = (LineShapes.isHan(before) && isChineseText(after))
                    || (LineShapes.isHan(after) && isChineseText(before));
            if (chinese && (standsAlone(text, i - 1) || standsAlone(text, i + 1))) {
                dropped.set(i);
            }
        }
        markSpacedRuns(text, dropped);
    }

    private static void markSpacedRuns(String text, BitSet dropped) {
        int i = 0;
        while (i < text.length()) {
            if (isGap(text, i) || !standsAlone(text, i)) {
                i++;
                continue;
            }
            int runStart = i;
            int tokens = 1;
            boolean han = LineShapes.isHan(text.charAt(i));
            int last = i;
            while (last + 2 < text.length() && text.charAt(last + 1) == ' ' && !isGap(text, last + 2)
                    && standsAlone(text, last + 2)) {
                last += 2;
                tokens++;
                han |= LineShapes.isHan(text.charAt(last));
            }
            if (tokens >= MIN_RUN && han) {
                for (int space = runStart + 1; space < last; space += 2) {
                    if (isChineseText(text.charAt(space - 1)) && isChineseText(text.charAt(space + 1))) {
                        dropped.set(space);
                    }
                }
            }
            i = last + 1;
        }
    }

    private static boolean isChineseText(char c) {
        return LineShapes.isHan(c) || (c >= '0' && c <= '9') || isChinesePunctuation(c);
    }

    private static boolean isChinesePunctuation(char c) {
        return (c >= '\u3001' && c <= '\u303F') || "，。、；：？！“”‘’（）《》,;:?!()".indexOf(c) >= 0;
    }

    /** Whether the char at {@code i} has a space, a line end or the text end on both sides. */
    private static boolean standsAlone(String text, int i) {
        return isGap(text, i - 1) && isGap(text, i + 1);
    }

    private static boolean isGap(String text, int i) {
        return i < 0 || i >= text.length() || text.charAt(i) == ' ' || text.charAt(i) == '\n' || text.charAt(i) == '\r';
    }
}
