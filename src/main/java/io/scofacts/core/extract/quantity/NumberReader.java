package io.scofacts.core.extract.quantity;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Reads the number that starts at a position of the matching text: digits with their group
 * and decimal separators, a run of Chinese numerals, or a cardinal word. Every read consumes
 * the whole run it looked at, so a scan that continues at {@link NumberToken#end()} stays
 * linear however long the run is.
 */
final class NumberReader {

    /** More digits than this is an id, a phone number or a code, not a figure of a story. */
    static final int MAX_DIGITS = 15;
    /** The longest Chinese numeral a figure needs (一千二百三十四万五千六百七十八亿 is 16). */
    static final int MAX_CHINESE_RUN = 24;
    private static final String COMPOUND_SEPARATORS = ".:-/";

    private final QuantityLexicon lexicon;
    private final ChineseNumerals chineseNumerals;

    NumberReader(QuantityLexicon lexicon) {
        this.lexicon = lexicon;
        this.chineseNumerals = new ChineseNumerals(lexicon);
    }

    /**
     * Digits at {@code pos}. With {@code russianStyle} a comma is the decimal separator and a
     * space (or U+00A0/U+202F) separates groups of three; otherwise a comma separates groups.
     */
    NumberToken readDigits(CharSequence s, int pos, boolean russianStyle) {
        int n = s.length();
        StringBuilder digits = new StringBuilder();
        int i = appendDigits(s, pos, digits);
        int integerDigits = i - pos;
        boolean grouped = false;
        boolean decimal = false;
        while (i < n && !decimal) {
            char c = s.charAt(i);
            if (!russianStyle && c == ',' && threeDigitsAt(s, i + 1)
                    || russianStyle && TextChars.isSpace(c) && !TextChars.isLineBreak(c)
                    && integerDigits <= 3 && threeDigitsAt(s, i + 1)) {
                grouped = true;
                i = appendDigits(s, i + 1, digits);
            } else if ((c == '.' || russianStyle && c == ',') && i + 1 < n && TextChars.isAsciiDigit(s.charAt(i + 1))) {
                decimal = true;
                digits.append('.');
                i = appendDigits(s, i + 1, digits);
            } else {
                break;
            }
        }
        if (i + 1 < n && COMPOUND_SEPARATORS.indexOf(s.charAt(i)) >= 0 && TextChars.isAsciiDigit(s.charAt(i + 1))) {
            // 2025-07-16, 15:34:35, 400-8123-456, 1.2.3, 16.07.2025: dates, times, phones, versions
            while (i < n && (TextChars.isAsciiDigit(s.charAt(i)) || i + 1 < n
                    && COMPOUND_SEPARATORS.indexOf(s.charAt(i)) >= 0 && TextChars.isAsciiDigit(s.charAt(i + 1)))) {
                i++;
            }
            return NumberToken.skip(pos, i, NumberToken.Kind.ARABIC);
        }
        int significant = digits.length() - (decimal ? 1 : 0);
        if (significant > MAX_DIGITS) {
            return NumberToken.skip(pos, i, NumberToken.Kind.ARABIC);
        }
        return new NumberToken(pos, i, new BigDecimal(digits.toString()), NumberToken.Kind.ARABIC,
                integerDigits, grouped);
    }

    /** A run of Chinese numerals at {@code pos} (with 点 as decimal point between digits). */
    NumberToken readChinese(CharSequence s, int pos) {
        int n = s.length();
        int i = pos;
        while (i < n) {
            char c = s.charAt(i);
            if (lexicon.isChineseNumeral(c) || lexicon.chinesePoints.contains(c) && i > pos && i + 1 < n
                    && lexicon.chineseDigits.containsKey(s.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        if (i - pos > MAX_CHINESE_RUN) {
            return NumberToken.skip(pos, i, NumberToken.Kind.CHINESE);
        }
        int end = i;
        // 三千瓦, 五千米: the last numeral char begins a unit word.
        if (end - pos > 1 && lexicon.isChineseMultiplier(s.charAt(end - 1)) && lexicon.unitsAfter.at(s, end - 1) != null) {
            end--;
        }
        boolean afterQualifier = lexicon.qualifiersBefore.endingAt(s, pos) != null;
        BigDecimal value = chineseNumerals.value(s, pos, end, afterQualifier);
        if (value == null) {
            return NumberToken.skip(pos, i, NumberToken.Kind.CHINESE);
        }
        return new NumberToken(pos, end, value, NumberToken.Kind.CHINESE, 0, false);
    }

    /** A cardinal word at {@code pos} (four, twenty-five, пять), or null when the word is none. */
    NumberToken readWord(CharSequence s, int pos, int wordEnd) {
        Integer value = lexicon.numberWords.get(s.subSequence(pos, wordEnd).toString().toLowerCase(Locale.ROOT));
        if (value == null) {
            return null;
        }
        int end = wordEnd;
        if (value >= 20 && value % 10 == 0 && end + 1 < s.length() && s.charAt(end) == '-') {
            int next = wordEnd(s, end + 1);
            Integer ones = lexicon.numberWords.get(s.subSequence(end + 1, next).toString().toLowerCase(Locale.ROOT));
            if (ones != null && ones < 10) {
                value += ones;
                end = next;
            }
        }
        return new NumberToken(pos, end, BigDecimal.valueOf(value), NumberToken.Kind.WORD, 0, false);
    }

    /** The end of the alphabetic word starting at {@code pos}. */
    static int wordEnd(CharSequence s, int pos) {
        int i = pos;
        while (i < s.length() && TextChars.isAlphabetic(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int appendDigits(CharSequence s, int pos, StringBuilder digits) {
        int i = pos;
        while (i < s.length() && TextChars.isAsciiDigit(s.charAt(i))) {
            if (digits.length() <= MAX_DIGITS + 1) {
                digits.append(s.charAt(i));
            }
            i++;
        }
        return i;
    }

    private static boolean threeDigitsAt(CharSequence s, int pos) {
        return pos + 3 <= s.length()
                && TextChars.isAsciiDigit(s.charAt(pos))
                && TextChars.isAsciiDigit(s.charAt(pos + 1))
                && TextChars.isAsciiDigit(s.charAt(pos + 2))
                && (pos + 3 == s.length() || !TextChars.isAsciiDigit(s.charAt(pos + 3)));
    }
}
