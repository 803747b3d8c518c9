package io.scofacts.core.extract.country;

import io.scofacts.core.text.Han;

/** Character classes the country matchers need in Chinese text. */
final class HanChars {

    private static final String CHINESE_NUMERALS = "〇零一二三四五六七八九十廿卅两";
    private static final int MAX_SPACES_IN_DATE = 2;

    private HanChars() {
    }

    /** A CJK ideograph of the basic, extension-A or compatibility blocks (where every country name lies). */
    static boolean isHan(char c) {
        return Han.isIdeograph(c);
    }

    /** A digit or Chinese numeral, as before the 日 of a day of the month ("16日", "十六日"). */
    static boolean isDateNumeral(char c) {
        return (c >= '0' && c <= '9') || CHINESE_NUMERALS.indexOf(c) >= 0;
    }

    /**
     * Whether the 日 at {@code index} is the day of a date ("7月16日本次…" is 16日 + 本次, and
     * OCR text may put a space in "16 日"): then it cannot start 日本 or stand for Japan.
     */
    static boolean isDayOfDate(char[] text, int index) {
        if (text[index] != '日') {
            return false;
        }
        int before = index - 1;
        while (before >= 0 && before >= index - MAX_SPACES_IN_DATE && text[before] == ' ') {
            before--;
        }
        return before >= 0 && isDateNumeral(text[before]);
    }

    /**
     * A letter or digit of an alphabetic script: what may not touch an English or Russian name
     * on either side. Han characters do not count, so "在China的" still shows China.
     */
    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) && !Character.isIdeographic(c);
    }
}
