package io.scofacts.core.extract.date;

/**
 * Regex pieces shared by the Chinese date finders. Every quantifier is bounded and every
 * alternative starts with a fixed character class, so matching stays linear on any input.
 * Single optional spaces admit OCR text that puts spaces between characters ("7 月 1 0 日").
 */
final class ChineseDatePatterns {

    /** Chars before a number that make it part of a longer number. */
    static final String NUMERAL_CHARS = "\\d〇零一二三四五六七八九十";

    static final String YEAR = "(?<year>\\d(?: ?\\d){3}|[〇零一二三四五六七八九]{4})";
    static final String MONTH = "(?<month>\\d(?: ?\\d)?|十[一二]?|[一二三四五六七八九])";
    static final String DAY = "(?<day>\\d(?: ?\\d)?|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])";
    static final String DAY_MARK = "[日号號]";
    /** "月" optionally with "份" ("7月份"), then an optional day. */
    static final String MONTH_AND_DAY = MONTH + " ?月(?:份)?(?: ?" + DAY + " ?" + DAY_MARK + ")?";

    private ChineseDatePatterns() {
    }

    /** The number of a named group, or 0 when the group did not take part in the match. */
    static int number(java.util.regex.Matcher m, String group) {
        String text = m.group(group);
        return text == null ? 0 : ChineseNumerals.parse(text);
    }
}
