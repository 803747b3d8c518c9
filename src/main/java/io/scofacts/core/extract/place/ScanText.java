package io.scofacts.core.extract.place;

import io.scofacts.core.text.Han;
import io.scofacts.core.text.LetterFold;

/**
 * The chars the place matchers scan: the view's matching text (simplified Chinese, one char for
 * one, same indices), with ё read as е so that "Могилёв" matches "Могилев", and the
 * typographic apostrophe as ' (Xiong’an).
 */
final class ScanText {

    private ScanText() {
    }

    static char[] of(String matchText) {
        char[] chars = matchText.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = fold(chars[i]);
        }
        return chars;
    }

    /** A lexicon name in the form the scanned chars have. */
    static String patternOf(String text) {
        return new String(of(text));
    }

    private static char fold(char c) {
        return LetterFold.fold(c);
    }

    static boolean isHan(char c) {
        return Han.isIdeograph(c);
    }

    /** A letter or digit of an alphabetic script: what may not touch an English or Russian name. */
    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) && !Character.isIdeographic(c);
    }
}
