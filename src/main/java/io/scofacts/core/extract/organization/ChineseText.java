package io.scofacts.core.extract.organization;

import io.scofacts.core.text.Han;

/** Character classes the Chinese name scan needs. */
final class ChineseText {

    private ChineseText() {
    }

    static boolean isHan(char c) {
        return Han.isIdeograph(c);
    }

    static boolean isLatinLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    static boolean isDash(char c) {
        return c == '—' || c == '–' || c == '-' || c == '－';
    }

    static boolean isOpenBracket(char c) {
        return c == '(' || c == '（';
    }

    static boolean isCloseBracket(char c) {
        return c == ')' || c == '）';
    }

    static boolean isConjunction(char c) {
        return c == '与' || c == '和' || c == '及';
    }
}
