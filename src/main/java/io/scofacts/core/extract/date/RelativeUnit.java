package io.scofacts.core.extract.date;

import java.util.Locale;

/**
 * What the offset of a relative date word counts (the "unit" column of
 * {@code lexicon/date-relative-words.tsv}).
 */
enum RelativeUnit {
    /** Days from publication: 昨天 = -1. */
    DAY,
    /** Weeks from the publication week; needs a weekday: 上周二. */
    WEEK,
    /** Months from the publication month, optionally a day in it: 本月10日. */
    MONTH,
    /** Years from the publication year, optionally a month and day in it: 今年6月. */
    YEAR,
    /** A named weekday: 0 = on or before publication, -1 = strictly before, 1 = strictly after. */
    WEEKDAY;

    static RelativeUnit parse(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }
}
