package io.scofacts.core.extract.quantity;

import java.math.BigDecimal;

/**
 * A figure found at {@code [start, end)} of the matching text, qualifier and measure word
 * included. {@code [subjectStart, subjectEnd)} is the noun that decided the unit when there
 * was one (21个项目, 1,500 guests), else both are -1.
 */
record Figure(int start, int end, BigDecimal value, String unit, String approx, int subjectStart, int subjectEnd) {

    boolean hasSubjectNoun() {
        return subjectStart >= 0;
    }
}
