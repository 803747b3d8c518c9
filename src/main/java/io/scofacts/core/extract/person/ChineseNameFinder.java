package io.scofacts.core.extract.person;

import io.scofacts.core.text.Han;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the names in Chinese text that the story shows to be people: a name right after a
 * title ("院长胡坚波", "秘书长图尔苏纳利耶夫", "记者 龚相娟"), a Chinese name right before a
 * title ("胡坚波院长") or a speech verb ("王建华表示", "王建华在会上指出"), and any name written
 * with the transliteration dot ("达尼亚尔·库尔班诺夫"). A surname followed by one or two
 * characters counts only with that evidence, and not when it starts a stop word ("金融", "张家口").
 * All matching is done in the simplified matching text.
 */
final class ChineseNameFinder {

    private static final int MAX_TRANSLITERATION = 10;
    private static final int MAX_DOTTED_PART = 8;
    private static final int MAX_DOTTED_PARTS = 4;
    private static final int MAX_FRAME_REACH = 15;
    /** Without a title, a foreign name needs four chars: shorter runs are often Chinese words ("安全", "阿里"). */
    private static final int MIN_BARE_FOREIGN_NAME = 4;
    private static final int MAX_TITLE_GAP = 2;
    private static final String LIST_SEPARATORS = " 、,";

    private final PersonLexicon lexicon;

    ChineseNameFinder(PersonLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Every name with evidence, in text order of discovery; spans may repeat across rules. */
    List<NameSpan> find(String m) {
        List<NameSpan> names = new ArrayList<>();
        afterTitles(m, names);
        dotted(m, names);
        beforeVerbsAndTitles(m, names);
        return names;
    }

    private void afterTitles(String m, List<NameSpan> names) {
        int n = m.length();
        int i = 0;
        while (i < n) {
            int title = lexicon.chineseTitles.longestAt(m, i, n);
            if (title == 0) {
                i++;
                continue;
            }
            int at = skipSpaces(m, i + title);
            boolean office = lexicon.postNameTitles.longestEndingAt(m, i + title, i) > 0;
            int length = nameAfterTitle(m, at, office);
            if (length > 0) {
                names.add(new NameSpan(at, at + length));
                boolean byline = m.startsWith("记者", i + title - 2) || m.startsWith("通讯员", i + title - 3);
                int next = at + length;
                // A byline lists several reporters: "记者 张三 李四", "记者张三、李四".
                while (byline && next + 1 < n && LIST_SEPARATORS.indexOf(m.charAt(next)) >= 0) {
                    int following = skipSpaces(m, next + 1);
                    int more = chineseName(m, following);
                    if (more == 0) {
                        break;
                    }
                    names.add(new NameSpan(following, following + more));
                    next = following + more;
                }
            }
            i += title;
        }
    }

    int nameAfterTitle(String m, int at) {
        return nameAfterTitle(m, at, false);
    }

    /**
     * The length of the name right after a title at {@code at}, or 0. After an office
     * ("主席", "部长", not a general role like "代表" that is also a verb), a surname and two
     * name chars are taken even when an unknown word follows ("主席习近平出席").
     */
    int nameAfterTitle(String m, int at, boolean office) {
        if (at >= m.length() || lexicon.chineseTitles.longestAt(m, at, m.length()) > 0) {
            return 0;
        }
        int dotted = dottedAt(m, at);
        if (dotted > 0) {
            return dotted;
        }
        int run = transliterationRun(m, at);
        if (run >= 4 || run == 3 && lexicon.surnameAt(m, at) == 0) {
            return run;
        }
        int chinese = chineseName(m, at);
        if (chinese > 0) {
            return chinese;
        }
        // After a title the name is certain; most Chinese names have three chars ("主席习近平出席").
        int surname = office ? lexicon.surnameAt(m, at) : 0;
        int end = at + surname + 2;
        if (surname > 0 && end <= m.length() && givenName(m, at + surname, end)
                && lexicon.nameStops.longestAt(m, at, m.length()) == 0) {
            return end - at;
        }
        if (run >= 2 && isRightBoundary(m, at + run)) {
            return run;
        }
        // "总统普京表示": a short foreign name whose last char is no transliteration char.
        boolean shortForeign = run == 1 && at + 2 <= m.length() && lexicon.mayBeGivenName(m.charAt(at))
                && lexicon.mayBeGivenName(m.charAt(at + 1)) && isRightBoundary(m, at + 2) && !isStopWord(m, at, at + 2);
        return shortForeign ? 2 : 0;
    }

    /**
     * The length of a Chinese name (surname and one or two given characters) at {@code at}
     * that is followed by a boundary, longest first, or 0.
     */
    int chineseName(String m, int at) {
        int surname = lexicon.surnameAt(m, at);
        if (surname == 0) {
            return 0;
        }
        for (int given = 2; given >= 1; given--) {
            int end = at + surname + given;
            if (end <= m.length() && givenName(m, at + surname, end) && isRightBoundary(m, end)
                    && !isStopWord(m, at, end)) {
                return end - at;
            }
        }
        return 0;
    }

    private boolean givenName(String m, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!lexicon.mayBeGivenName(m.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a stop word starts at {@code start} and covers the whole candidate. */
    boolean isStopWord(String m, int start, int end) {
        return lexicon.nameStops.longestAt(m, start, m.length()) >= end - start;
    }

    boolean isRightBoundary(String m, int at) {
        if (at >= m.length() || !isHan(m.charAt(at))) {
            return true;
        }
        return boundaryWordAt(m, at) > 0;
    }

    /** The length of the longest word at {@code at} that may follow a name (a verb, a title, "等", "近日"), else 0. */
    int boundaryWordAt(String m, int at) {
        int n = m.length();
        return Math.max(Math.max(lexicon.chineseVerbs.longestAt(m, at, n), lexicon.frames.longestAt(m, at, n)),
                Math.max(lexicon.chineseTitles.longestAt(m, at, n), lexicon.neighbours.longestAt(m, at, n)));
    }

    boolean isLeftBoundary(String m, int at) {
        if (at == 0 || !isHan(m.charAt(at - 1))) {
            return true;
        }
        return lexicon.neighbours.longestEndingAt(m, at, 0) > 0 || lexicon.chineseTitles.longestEndingAt(m, at, 0) > 0
                || lexicon.organizationEndings.longestEndingAt(m, at, 0) > 0
                || lexicon.chineseVerbs.longestEndingAt(m, at, 0) > 0 || lexicon.frames.longestEndingAt(m, at, 0) > 0;
    }

    /** Whether a title ends right before {@code at} ("县长吴方军"). */
    boolean hasTitleBefore(String m, int at) {
        int end = at;
        while (end > 0 && at - end < MAX_TITLE_GAP && m.charAt(end - 1) == ' ') {
            end--;
        }
        return lexicon.chineseTitles.longestEndingAt(m, end, 0) > 0;
    }

    /** Whether a speech verb or a title after the name starts at {@code at} ("王建华表示", "胡坚波院长"). */
    boolean hasVerbOrTitleAfter(String m, int at) {
        int n = m.length();
        return lexicon.chineseVerbs.longestAt(m, at, n) > 0 || lexicon.postNameTitles.longestAt(m, at, n) > 0
                || lexicon.chineseTitles.longestAt(m, at, n) > 0;
    }

    /** Names joined by the transliteration dot, wherever they stand. */
    private void dotted(String m, List<NameSpan> names) {
        int n = m.length();
        int i = 0;
        while (i < n) {
            if (m.charAt(i) != '·' || i == 0 || !isHan(m.charAt(i - 1)) || i + 1 >= n || !isHan(m.charAt(i + 1))) {
                i++;
                continue;
            }
            int start = i;
            boolean oddUsed = false;
            while (start > 0 && i - start < MAX_DOTTED_PART) {
                char c = m.charAt(start - 1);
                boolean odd = !lexicon.isTransliteration(c);
                // One char outside the table may stand between transliteration chars ("卡西姆若马尔特").
                if (odd && (oddUsed || start < 2 || !lexicon.mayBeGivenName(c) || !lexicon.isTransliteration(m.charAt(start - 2)))) {
                    break;
                }
                oddUsed |= odd;
                start--;
            }
            while (start < i && !lexicon.isTransliteration(m.charAt(start))) {
                start++;
            }
            // A title, a body's name or a neighbour word may end right before the first part: "委员会谢尔盖·…".
            for (int cut = start; cut < i; cut++) {
                if (lexicon.chineseTitles.longestEndingAt(m, cut, 0) > 0
                        || lexicon.organizationEndings.longestEndingAt(m, cut, start) > 0
                        || lexicon.neighbours.longestEndingAt(m, cut, 0) > 0) {
                    start = cut;
                }
            }
            int length = start < i ? dottedAt(m, start) : 0;
            if (length > 0) {
                names.add(new NameSpan(start, start + length));
                i = start + length;
            } else {
                i++;
            }
        }
    }

    /** The length of a dotted name starting at {@code at} ("阿卜杜拉·卡里莫夫"), or 0. */
    int dottedAt(String m, int at) {
        int i = at;
        int parts = 0;
        while (true) {
            int part = 0;
            boolean oddUsed = false;
            while (i + part < m.length() && part < MAX_DOTTED_PART
                    && !(part >= 2 && lexicon.frames.longestAt(m, i + part, m.length()) > 0
                    && i + part + 1 < m.length() && m.charAt(i + part + 1) != '·')) {
                char c = m.charAt(i + part);
                if (!lexicon.isTransliteration(c)) {
                    // "卡西姆若马尔特", "索黑尔·汗": one char outside the table, inside a part or opening one after a dot.
                    boolean inside = part > 0 && i + part + 1 < m.length() && lexicon.isTransliteration(m.charAt(i + part + 1));
                    boolean opening = part == 0 && parts > 0;
                    if (oddUsed || !lexicon.mayBeGivenName(c) || !(inside || opening)) {
                        break;
                    }
                    oddUsed = true;
                }
                part++;
            }
            if (part == 0) {
                return parts >= 2 ? i - 1 - at : 0;
            }
            parts++;
            i += part;
            if (parts < MAX_DOTTED_PARTS && i + 1 < m.length() && m.charAt(i) == '·' && isHan(m.charAt(i + 1))) {
                i++;
            } else {
                return parts >= 2 ? i - at : 0;
            }
        }
    }

    private int transliterationRun(String m, int at) {
        int i = at;
        while (i < m.length() && i - at < MAX_TRANSLITERATION && lexicon.isTransliteration(m.charAt(i))) {
            i++;
        }
        return i - at;
    }

    /** Chinese names right before a speech verb (frame words may stand between) or a post-name title. */
    private void beforeVerbsAndTitles(String m, List<NameSpan> names) {
        int n = m.length();
        int i = 0;
        while (i < n) {
            int verb = lexicon.chineseVerbs.longestAt(m, i, n);
            int title = verb > 0 ? 0 : lexicon.postNameTitles.longestAt(m, i, n);
            if (verb > 0 && "verb".equals(lexicon.chineseVerbs.valueOf(m, i, i + verb))) {
                NameSpan name = nameEndingBefore(m, i);
                if (name == null) {
                    name = foreignNameEndingAt(m, i);
                }
                if (name != null) {
                    names.add(name);
                }
            } else if (title > 0 && nameAfterTitle(m, skipSpaces(m, i + title)) == 0) {
                NameSpan name = nameEndingAt(m, i);
                if (name != null) {
                    names.add(name);
                }
            }
            i += Math.max(1, Math.max(verb, title));
        }
    }

    /** A name ending at {@code verbStart}, or before a frame word that starts the phrase up to it. */
    private NameSpan nameEndingBefore(String m, int verbStart) {
        NameSpan direct = nameEndingAt(m, verbStart);
        if (direct != null) {
            return direct;
        }
        for (int end = verbStart - 1; end > 0 && verbStart - end <= MAX_FRAME_REACH; end--) {
            char c = m.charAt(end);
            if (!isHan(c)) {
                return null;
            }
            if (lexicon.frames.longestAt(m, end, verbStart) > 0) {
                NameSpan name = nameEndingAt(m, end);
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    /** "拉夫罗夫表示": a run of transliteration chars, long enough not to be a Chinese word. */
    private NameSpan foreignNameEndingAt(String m, int end) {
        int start = end;
        while (start > 0 && end - start < MAX_TRANSLITERATION && lexicon.isTransliteration(m.charAt(start - 1))) {
            start--;
        }
        boolean bounded = start == 0 || !lexicon.isTransliteration(m.charAt(start - 1));
        return bounded && end - start >= MIN_BARE_FOREIGN_NAME && isLeftBoundary(m, start) && !isStopWord(m, start, end)
                ? new NameSpan(start, end) : null;
    }

    private NameSpan nameEndingAt(String m, int end) {
        for (int length = 4; length >= 2; length--) {
            int start = end - length;
            if (start < 0) {
                continue;
            }
            int surname = lexicon.surnameAt(m, start);
            boolean fits = surname > 0 && (length < 4 || surname == 2) && length - surname >= 1
                    && givenName(m, start + surname, end) && !isStopWord(m, start, end) && isLeftBoundary(m, start)
                    && !closesTitle(m, start);
            if (fits) {
                return new NameSpan(start, end);
            }
        }
        return null;
    }

    /** "副厅长孙丽华": the 长 of 厅长 ends a title, so 长孙 is no compound surname here. */
    private boolean closesTitle(String m, int start) {
        return lexicon.chineseTitles.longestEndingAt(m, start + 1, 0) > 0;
    }

    private static int skipSpaces(String m, int at) {
        int i = at;
        while (i < m.length() && i - at < MAX_TITLE_GAP && m.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** Whether {@code c} is a CJK ideograph (a range test: this runs for every char of the story). */
    static boolean isHan(char c) {
        return Han.isIdeograph(c);
    }
}
