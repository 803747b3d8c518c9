package io.scofacts.core.text.story;

/** Shape tests on one line that need no lexicon: separators, links, phone numbers, menus, dates. */
final class LineShapes {

    private static final int MAX_SEPARATOR = 40;
    private static final int MIN_PHONE_DIGITS = 7;
    private static final int MAX_PHONE_LINE = 30;
    private static final int MAX_PHOTO_CREDIT = 40;
    private static final int MIN_MENU_ITEMS = 3;
    private static final int MAX_MENU_ITEM = 12;
    private static final int MIN_HEADLINE_BEFORE_DATE = 4;

    private LineShapes() {
    }

    /** A rule made of dashes, stars or dots. */
    static boolean isSeparator(String text, Line line) {
        if (line.length() > MAX_SEPARATOR) {
            return false;
        }
        for (int i = line.trimStart(); i < line.trimEnd(); i++) {
            if ("-—–=*_~·•#+.─━".indexOf(text.charAt(i)) < 0 && !Line.isBlank(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The first position after opening brackets and marks that decorate a label ("【", "(", "[", "▶"). */
    static int skipOpening(String key, Line line) {
        int at = line.trimStart();
        while (at < line.trimEnd() && "【[(（<《「『▶►■●◆★☆>»|·-—/ ".indexOf(key.charAt(at)) >= 0) {
            at++;
        }
        return at;
    }

    /** The first position from {@code at} that is not a closing mark, colon or space. */
    static int skipDecoration(String key, int at, int end) {
        while (at < end && "】]):：>》」』»|·-—/ .。…".indexOf(key.charAt(at)) >= 0) {
            at++;
        }
        return at;
    }

    /** A line that is mostly a web address. */
    static boolean isUrlLine(String key, Line line) {
        int url = indexOfUrl(key, line.trimStart(), line.trimEnd());
        if (url < 0) {
            return false;
        }
        int end = url;
        while (end < line.trimEnd() && key.charAt(end) > ' ' && key.charAt(end) < 0x2E80) {
            end++;
        }
        return 2 * (end - url) >= line.length();
    }

    private static int indexOfUrl(String key, int from, int to) {
        for (int i = from; i + 4 <= to; i++) {
            if (key.startsWith("http", i) || key.startsWith("www.", i)) {
                return i;
            }
        }
        return -1;
    }

    /** A bare telephone number ("400-9600-775", "+7 (495) 123-45-67"), not a date. */
    static boolean isPhoneLine(String text, Line line) {
        if (line.length() > MAX_PHONE_LINE) {
            return false;
        }
        int digits = 0;
        int groups = 0;
        boolean inDigits = false;
        for (int i = line.trimStart(); i < line.trimEnd(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
                if (!inDigits) {
                    groups++;
                }
                inDigits = true;
            } else if (c == '-' || c == '+' || c == '(' || c == ')' || c == ' ') {
                inDigits = false;
            } else {
                return false;
            }
        }
        return digits >= MIN_PHONE_DIGITS && !looksLikeDate(text, line.trimStart(), line.trimEnd(), groups);
    }

    private static boolean looksLikeDate(String text, int from, int to, int groups) {
        return groups == 3 && to - from <= 10 && (text.startsWith("19", from) || text.startsWith("20", from));
    }

    /** A whole line crediting a photo: "（新华社记者 王某 摄）". */
    static boolean isPhotoCredit(String text, Line line) {
        if (line.length() > MAX_PHOTO_CREDIT) {
            return false;
        }
        int end = line.trimEnd();
        while (end > line.trimStart() && ")）]】".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > line.trimStart() && text.charAt(end - 1) == '摄';
    }

    /**
     * "首页 | 新闻 | 国际 | 财经", "Home > World > Asia": three or more short items between
     * separators; items set apart by single spaces only ("首页 新闻 国际 财经") need four, as a
     * title may have three spaced parts.
     */
    static boolean isMenuLine(String text, Line line) {
        if (line.sentenceEnd()) {
            return false;
        }
        int items = 0;
        int singleCharItems = 0;
        int itemLength = 0;
        int hard = 0;
        int soft = 0;
        for (int i = line.trimStart(); i <= line.trimEnd(); i++) {
            int separator = i == line.trimEnd() ? END : separatorAt(text, i, line);
            if (separator != NONE) {
                if (separator == HARD) {
                    hard++;
                } else if (separator == SOFT) {
                    soft++;
                }
                if (itemLength > 0) {
                    items++;
                }
                if (itemLength == 1) {
                    singleCharItems++;
                }
                itemLength = 0;
            } else if (!Line.isBlank(text.charAt(i))) {
                itemLength++;
                if (itemLength > MAX_MENU_ITEM) {
                    return false;
                }
            }
        }
        // single chars between spaces are spaced-out print text, not menu items
        if (3 * singleCharItems > items) {
            return false;
        }
        return (items >= MIN_MENU_ITEMS && hard >= MIN_MENU_ITEMS - 1)
                || (items > MIN_MENU_ITEMS && hard + soft >= MIN_MENU_ITEMS);
    }

    private static final int NONE = 0;
    private static final int SOFT = 1;
    private static final int HARD = 2;
    private static final int END = 3;

    private static int separatorAt(String text, int i, Line line) {
        char c = text.charAt(i);
        if (c == '|' || c == '>' || c == '»' || c == '›' || c == '/' || c == '\t') {
            return HARD;
        }
        if (c == ' ' && i > line.trimStart() && i + 1 < line.trimEnd()) {
            char before = text.charAt(i - 1);
            char after = text.charAt(i + 1);
            if (after == ' ' && before != ' ') {
                return HARD;
            }
            // Chinese sentences have no spaces between characters; menus do
            return isHan(before) && isHan(after) ? SOFT : NONE;
        }
        return NONE;
    }

    /** An excerpt cut off by the site: ends with "..." or a single "…". */
    static boolean endsTruncated(String text, Line line) {
        int end = line.trimEnd();
        int start = line.trimStart();
        if (end - start >= 3 && text.startsWith("...", end - 3)) {
            return end - start < 4 || text.charAt(end - 4) != '.';
        }
        return end - start >= 2 && text.charAt(end - 1) == '…' && text.charAt(end - 2) != '…';
    }

    /** A headline link ending with its date: "中亚数字贸易论坛开幕 2025-07-12", "… [07-12]". */
    static boolean isDatedHeadline(String text, Line line) {
        if (!line.isHeadlineLike()) {
            return false;
        }
        int end = line.trimEnd();
        while (end > line.trimStart() && "])】）".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        int datePart = end;
        int digits = 0;
        int marks = 0;
        while (datePart > line.trimStart()) {
            char c = text.charAt(datePart - 1);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '-' || c == '/' || c == '.' || c == '年' || c == '月' || c == '日') {
                marks++;
            } else {
                break;
            }
            datePart--;
        }
        boolean date = digits >= 3 && digits <= 8 && marks >= 1 && marks <= 3
                && (marks == 1 && digits <= 4 || marks >= 2);
        return date && datePart - line.trimStart() > MIN_HEADLINE_BEFORE_DATE
                && " \t([【（|".indexOf(text.charAt(datePart - 1)) >= 0;
    }

    /** Han ideographs of the BMP (unified, extension A, compatibility) and the surrogates of the higher planes. */
    static boolean isHan(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF')
                || c == '\u3007' || Character.isSurrogate(c);
    }
}
