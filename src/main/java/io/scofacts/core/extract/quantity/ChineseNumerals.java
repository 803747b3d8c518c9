package io.scofacts.core.extract.quantity;

import java.math.BigDecimal;

/**
 * The value of a run of Chinese numeral chars: 二十 = 20, 一百零五 = 105, 十三亿 = 1300000000,
 * 一亿三千万 = 130000000, 两万五 = 25000 (the colloquial dropped place), 三点五 = 3.5,
 * 三万亿 = 3000000000000. Digit strings (二〇二五, 三四) are years or ranges, never one count,
 * and malformed runs (十四五, 百五) have no value.
 */
final class ChineseNumerals {

    private static final long TEN_THOUSAND = 10_000L;

    private final QuantityLexicon lexicon;

    ChineseNumerals(QuantityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The value of {@code s[start, end)}, or null when it is not one well-formed number. */
    BigDecimal value(CharSequence s, int start, int end) {
        return value(s, start, end, false);
    }

    /**
     * As {@link #value(CharSequence, int, int)}; with {@code impliedOne} a run may also start
     * with 百/千/万/亿 meaning one of them, as it does after an approximation word (逾千亿元,
     * 近百家, 超万人) but not in idioms (千家万户, 百家争鸣).
     */
    BigDecimal value(CharSequence s, int start, int end, boolean impliedOne) {
        if (start >= end) {
            return null;
        }
        boolean leadingMultiplier = lexicon.isChineseMultiplier(s.charAt(start));
        if (!startsNumber(s.charAt(start)) && !(impliedOne && leadingMultiplier)) {
            return null;
        }
        if (end - start > 1 && isDigitString(s, start, end)) {
            return null;
        }
        try {
            return parse(s, start, end, impliedOne && leadingMultiplier);
        } catch (ArithmeticException overflow) {
            return null;
        }
    }

    private boolean startsNumber(char c) {
        Integer digit = lexicon.chineseDigits.get(c);
        Integer place = lexicon.chinesePlaces.get(c);
        return (digit != null && digit != 0) || (place != null && place == 10);
    }

    private boolean isDigitString(CharSequence s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!lexicon.chineseDigits.containsKey(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private BigDecimal parse(CharSequence s, int start, int end, boolean leadingOne) {
        long total = 0;
        long section = 0;
        int num = leadingOne ? 1 : 0;
        boolean hasNum = leadingOne;
        boolean zeroGap = false;
        long lastPlace = 0;
        long lastScale = 0;
        int i = start;
        for (; i < end; i++) {
            char c = s.charAt(i);
            if (lexicon.chinesePoints.contains(c)) {
                break;
            }
            Integer digit = lexicon.chineseDigits.get(c);
            if (digit != null) {
                if (hasNum) {
                    return null;
                }
                if (digit == 0) {
                    zeroGap = true;
                } else {
                    num = digit;
                    hasNum = true;
                }
                continue;
            }
            Integer place = lexicon.chinesePlaces.get(c);
            if (place != null) {
                if (lastPlace != 0 && place >= lastPlace) {
                    return null;
                }
                int times = hasNum ? num : (place == 10 && section == 0 ? 1 : -1);
                if (times < 0) {
                    return null;
                }
                section += (long) times * place;
                num = 0;
                hasNum = false;
                zeroGap = false;
                lastPlace = place;
                lastScale = place;
                continue;
            }
            long magnitude = lexicon.chineseMagnitudes.get(c);
            long part = section + (hasNum ? num : 0);
            if (magnitude > TEN_THOUSAND) {
                total = Math.multiplyExact(Math.addExact(total, part), magnitude);
            } else if (part == 0) {
                total = Math.multiplyExact(total, magnitude);
            } else {
                total = Math.addExact(total, Math.multiplyExact(part, magnitude));
            }
            section = 0;
            num = 0;
            hasNum = false;
            zeroGap = false;
            lastPlace = 0;
            lastScale = magnitude;
        }
        long units = num;
        // 一百五 is 150 and 两万五 is 25000: a lone digit after the last place counts one place lower.
        if (hasNum && !zeroGap && lastScale >= 100) {
            units = num * (lastScale / 10);
        }
        BigDecimal value = BigDecimal.valueOf(Math.addExact(Math.addExact(total, section), units));
        if (i < end) {
            return withFraction(s, i + 1, end, value);
        }
        return value;
    }

    /** 三点五 = 3.5 and 一点五亿 = 150000000: fraction digits, then any magnitudes. */
    private BigDecimal withFraction(CharSequence s, int start, int end, BigDecimal integer) {
        StringBuilder fraction = new StringBuilder();
        int i = start;
        for (; i < end && lexicon.chineseDigits.containsKey(s.charAt(i)); i++) {
            fraction.append(lexicon.chineseDigits.get(s.charAt(i)));
        }
        if (fraction.length() == 0) {
            return null;
        }
        BigDecimal value = integer.add(new BigDecimal("0." + fraction));
        for (; i < end; i++) {
            Long magnitude = lexicon.chineseMagnitudes.get(s.charAt(i));
            if (magnitude == null) {
                return null;
            }
            value = value.multiply(BigDecimal.valueOf(magnitude));
        }
        return value;
    }
}
