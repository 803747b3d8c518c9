package io.scofacts.core.extract.quantity;

import io.scofacts.core.text.Han;

/** How the quantity reader classifies single chars of the matching text. */
final class TextChars {

    private TextChars() {
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A CJK ideograph of the basic, extension A or compatibility blocks (asked per char, so by range). */
    static boolean isHan(char c) {
        return Han.isIdeograph(c);
    }

    /** A letter of an alphabetic script (Latin, Cyrillic …): the chars words are made of. */
    static boolean isAlphabetic(char c) {
        return c < '\u2E80' && Character.isLetter(c);
    }

    /** A space inside a line or a line break; U+202F is the narrow space of Russian digit groups. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F';
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    /** Punctuation, a line break or the end of the text: where a clause stops. */
    static boolean isClauseBreak(CharSequence s, int i) {
        if (i < 0 || i >= s.length()) {
            return true;
        }
        char c = s.charAt(i);
        if (isLineBreak(c)) {
            return true;
        }
        switch (Character.getType(c)) {
            case Character.OTHER_PUNCTUATION:
            case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION:
            case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION:
            case Character.DASH_PUNCTUATION:
                return true;
            default:
                return false;
        }
    }

    /** Opening quotes and title marks: a figure right after one is part of a slogan or a title. */
    static boolean isOpeningMark(char c) {
        return c == '“' || c == '‘' || c == '"' || c == '「' || c == '『' || c == '《' || c == '〈';
    }

    /** Index after skipping at most {@code max} spaces forward from {@code i}. */
    static int skipSpaces(CharSequence s, int i, int max) {
        int j = i;
        while (j < s.length() && j - i < max && isSpace(s.charAt(j))) {
            j++;
        }
        return j;
    }

    /** Index after skipping at most {@code max} spaces backward from {@code end} (exclusive). */
    static int skipSpacesBack(CharSequence s, int end, int max) {
        int j = end;
        while (j > 0 && end - j < max && isSpace(s.charAt(j - 1))) {
            j--;
        }
        return j;
    }
}
