package io.scofacts.core.text.story;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a page and the shape features the noise decision reads. Offsets are view
 * offsets; {@code next} is where the following line starts (after the line terminator).
 */
record Line(int start, int end, int next, int trimStart, int trimEnd, int hanChars, int letters,
        char finalMark, boolean innerPunctuation) {

    /** Han-dominant lines are read in characters; Latin and Cyrillic ones in words. */
    private static final int HAN_SHORT_ITEM = 8;
    private static final int LATIN_SHORT_ITEM = 24;
    private static final int HAN_HEADLINE = 50;
    private static final int LATIN_HEADLINE = 110;
    private static final int PARAGRAPH = 16;

    static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int next = newline < 0 ? text.length() : newline + 1;
            int end = newline < 0 ? text.length() : newline;
            if (end > start && text.charAt(end - 1) == '\r') {
                end--;
            }
            lines.add(of(text, start, end, next));
            start = next;
        }
        return lines;
    }

    private static Line of(String text, int start, int end, int next) {
        int ts = start;
        while (ts < end && isBlank(text.charAt(ts))) {
            ts++;
        }
        int te = end;
        while (te > ts && isBlank(text.charAt(te - 1))) {
            te--;
        }
        int han = 0;
        int letters = 0;
        boolean inner = false;
        for (int i = ts; i < te; i++) {
            char c = text.charAt(i);
            if (LineShapes.isHan(c)) {
                han++;
            } else if (Character.isLetter(c)) {
                letters++;
            } else if (isSentencePunctuation(c) || c == ',' || c == '、') {
                inner = true;
            }
        }
        return new Line(start, end, next, ts, te, han, letters, finalMark(text, ts, te), inner);
    }

    boolean sentenceEnd() {
        return finalMark != 0;
    }

    int length() {
        return trimEnd - trimStart;
    }

    boolean isBlank() {
        return trimStart == trimEnd;
    }

    boolean isHanDominant() {
        return hanChars >= letters;
    }

    /** A menu item, a button, a bare name: very short and not a sentence. */
    boolean isShortItem() {
        return !isBlank() && !sentenceEnd() && length() <= (isHanDominant() ? HAN_SHORT_ITEM : LATIN_SHORT_ITEM);
    }

    /** A title or a link: one line, not too long, not ending a statement (a title may ask or exclaim). */
    boolean isHeadlineLike() {
        return !isBlank() && finalMark != '。' && finalMark != '.' && finalMark != ';' && finalMark != '…'
                && length() <= (isHanDominant() ? HAN_HEADLINE : LATIN_HEADLINE);
    }

    /** Running text: long enough and punctuated like sentences. */
    boolean isParagraphLike() {
        return length() >= PARAGRAPH && (sentenceEnd() || innerPunctuation);
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\r';
    }

    static boolean isSentencePunctuation(char c) {
        return c == '。' || c == '!' || c == '?' || c == '.' || c == ';' || c == '…' || c == '！' || c == '？'
                || c == '；';
    }

    /** The sentence punctuation ending the line (closing quotes and brackets skipped), else 0. */
    private static char finalMark(String text, int ts, int te) {
        int i = te - 1;
        while (i >= ts && isClosing(text.charAt(i))) {
            i--;
        }
        return i >= ts && isSentencePunctuation(text.charAt(i)) ? text.charAt(i) : 0;
    }

    private static boolean isClosing(char c) {
        return c == '”' || c == '"' || c == '’' || c == '\'' || c == ')' || c == '）' || c == ']' || c == '」'
                || c == '』' || c == '》' || c == '»';
    }
}
