package io.scofacts.core.extract.quantity;

import java.math.BigDecimal;

/**
 * A number as written at {@code [start, end)} of the matching text. {@code value} is null when
 * the chars form no measurable number (a date like 2025-07-16, a phone number, a digit string
 * too long for a figure): the reader then skips them whole.
 */
record NumberToken(int start, int end, BigDecimal value, Kind kind, int integerDigits, boolean grouped) {

    enum Kind {
        /** 1500, 1,500, 12.2, 1 500 (Russian groups), 1,35 (Russian decimal comma). */
        ARABIC,
        /** 二十, 一百五十, 十三亿, 两万, 三点五. */
        CHINESE,
        /** four, twenty-five, пять. */
        WORD
    }

    static NumberToken skip(int start, int end, Kind kind) {
        return new NumberToken(start, end, null, kind, 0, false);
    }

    boolean measurable() {
        return value != null;
    }

    /** Written with numeral characters or words rather than digits. */
    boolean spelledOut() {
        return kind != Kind.ARABIC;
    }
}
