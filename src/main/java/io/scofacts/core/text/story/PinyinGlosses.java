package io.scofacts.core.text.story;

import java.util.BitSet;

/**
 * Pinyin readings printed after characters: "數(shù)字經(jīng)濟". A parenthesised run of
 * lower-case pinyin right after a Han char, with a tone mark or tone digit, goes from the view;
 * abbreviations in brackets ("(LPL)", "(5G)") have no tone and stay.
 */
final class PinyinGlosses {

    private static final int MAX_GLOSS = 24;
    private static final String TONE_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ";

    private PinyinGlosses() {
    }

    static void mark(String text, BitSet dropped) {
        for (int open = 1; open < text.length(); open++) {
            if (text.charAt(open) != '(' || !LineShapes.isHan(text.charAt(open - 1))) {
                continue;
            }
            int close = glossEnd(text, open + 1);
            if (close > 0) {
                dropped.set(open, close + 1);
                open = close;
            }
        }
    }

    /** The index of the ")" closing a pinyin gloss starting at {@code from}, else -1. */
    private static int glossEnd(String text, int from) {
        boolean tone = false;
        int limit = Math.min(text.length(), from + MAX_GLOSS + 1);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == ')') {
                return tone && i > from ? i : -1;
            }
            if (TONE_VOWELS.indexOf(c) >= 0) {
                tone = true;
            } else if (c >= '1' && c <= '5') {
                if (i == from || !(text.charAt(i - 1) >= 'a' && text.charAt(i - 1) <= 'z')) {
                    return -1;
                }
                tone = true;
            } else if (!(c >= 'a' && c <= 'z')) {
                return -1;
            }
        }
        return -1;
    }
}
