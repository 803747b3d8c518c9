package io.scofacts.core.extract.date;

/**
 * Reads the small numbers of Chinese dates: Arabic digits (possibly spaced out by OCR,
 * "1 0"), digit-by-digit years ("二〇二五") and month/day numerals ("十二", "二十一").
 */
final class ChineseNumerals {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The value of {@code text}, or -1 when it is not a number this class reads. */
    static int parse(String text) {
        String compact = text.replace(" ", "");
        if (compact.isEmpty()) {
            return -1;
        }
        if (compact.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return compact.length() > 4 ? -1 : Integer.parseInt(compact);
        }
        int ten = compact.indexOf('十');
        if (ten >= 0) {
            int tens = ten == 0 ? 1 : digit(compact.charAt(0));
            int units = ten == compact.length() - 1 ? 0 : digit(compact.charAt(compact.length() - 1));
            boolean wellFormed = ten <= 1 && compact.length() - ten <= 2;
            return wellFormed && tens > 0 && units >= 0 ? tens * 10 + units : -1;
        }
        int value = 0;
        for (int i = 0; i < compact.length(); i++) {
            int d = digit(compact.charAt(i));
            if (d < 0) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    private static int digit(char c) {
        if (c == '零') {
            return 0;
        }
        return DIGITS.indexOf(c);
    }
}
