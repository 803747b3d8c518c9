package io.scofacts.core.extract.organization;

/** Character classes the Chinese name scan needs. */
final class ChineseText {

    private ChineseText() {
    }

    static boolean isHan(char c) {
        return (c >= '\u4e00' && c <= '\u9fff') || (c >= '\u3400' && c <= '\u4dbf') || (c >= '\uf900' && c <= '\ufaff');
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
