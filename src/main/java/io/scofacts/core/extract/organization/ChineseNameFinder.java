package io.scofacts.core.extract.organization;

import static io.scofacts.core.extract.organization.ChineseText.isCloseBracket;
import static io.scofacts.core.extract.organization.ChineseText.isConjunction;
import static io.scofacts.core.extract.organization.ChineseText.isDash;
import static io.scofacts.core.extract.organization.ChineseText.isHan;
import static io.scofacts.core.extract.organization.ChineseText.isLatinLetter;
import static io.scofacts.core.extract.organization.ChineseText.isOpenBracket;

import io.scofacts.core.lexicon.ChineseWords;
import java.util.List;

/**
 * Chinese organisation names ending in an organisation suffix (有限公司, 研究院, 委员会, 局 …):
 * the name is scanned leftwards from the suffix to the nearest stop word or punctuation, and kept
 * only when the words before the suffix hold a proper-name part (see {@link NamePart}).
 */
final class ChineseNameFinder {

    static final int MAX_LENGTH = 30;
    private static final int MAX_BRACKETED = 10;
    private static final int MAX_QUOTED = 16;

    private final OrganizationLexicon lexicon;
    private final NamePart namePart;

    ChineseNameFinder(OrganizationLexicon lexicon) {
        this.lexicon = lexicon;
        this.namePart = new NamePart(lexicon);
    }

    /** The suffixes of a government body, the only names built on a list of fields. */
    private static final java.util.Set<String> GOVERNMENT_SUFFIXES = java.util.Set.of("部", "委员会", "署", "厅", "局");
    /** How far back a list of a ministry's fields may reach before its country. */
    private static final int MAX_LISTED_FIELDS = 16;

    void find(ArticleScan scan, List<Candidate> out) {
        String m = scan.match;
        int i = 0;
        while (i < m.length()) {
            String suffix = isHan(m.charAt(i)) ? lexicon.chineseSuffixes.startingAt(m, i) : null;
            if (suffix == null || blocked(m, i, i + suffix.length())) {
                i++;
                continue;
            }
            int end = i + suffix.length();
            Candidate candidate = nameEndingAt(scan, i, end, lexicon.isStrong(suffix), suffix.length() == 1);
            if (candidate != null) {
                out.add(candidate);
            }
            i = end;
        }
    }

    /** A suffix inside a longer ordinary word ("局长", "部门", "东部") ends no name. */
    private boolean blocked(String m, int start, int end) {
        String after = lexicon.suffixBlockers.startingAt(m, start);
        if (after != null && after.length() > end - start) {
            return true;
        }
        String before = lexicon.suffixBlockers.endingAt(m, end);
        return before != null && before.length() > end - start;
    }

    private Candidate nameEndingAt(ArticleScan scan, int suffixStart, int end, boolean strong, boolean single) {
        String m = scan.match;
        int start = suffixStart;
        int dashAt = -1;
        boolean quoted = false;
        boolean bracketed = false;
        int j = suffixStart - 1;
        while (j >= 0 && end - j <= MAX_LENGTH) {
            char c = m.charAt(j);
            int countryStart = scan.countryStartEndingAt(j + 1);
            if (countryStart >= 0) {
                start = countryStart;
                j = countryStart - 1;
                continue;
            }
            if (isHan(c)) {
                String stop = lexicon.stopEndingAt(m, j + 1);
                // "启动“丝路电商”综合服务基地": a verb before the name belongs to the sentence
                if (stop == null && !(start < suffixStart && ChineseWords.instance().verbEndsAt(m, j + 1))) {
                    start = j--;
                    continue;
                }
                if (stop == null) {
                    break;
                }
                if (stop.length() == 1 && isConjunction(c) && start < suffixStart) {
                    int left = joinedPlaceStart(scan, j, start);
                    if (left >= 0) {
                        start = left;
                        j = left - 1;
                        continue;
                    }
                }
                break;
            }
            if (isLatinLetter(c)) {
                start = j--;
                continue;
            }
            if (isCloseBracket(c)) {
                int open = openingBefore(m, j);
                if (open < 0) {
                    break;
                }
                bracketed = true;
                start = open;
                j = open - 1;
                continue;
            }
            if (c == '”') {
                int open = openingQuoteBefore(m, j);
                if (open < 0) {
                    break;
                }
                quoted = true;
                start = open;
                j = open - 1;
                continue;
            }
            if (isDash(c) && dashAt < 0 && start < suffixStart && j > 0 && isHan(m.charAt(j - 1))) {
                int d = j;
                while (d > 0 && isDash(m.charAt(d - 1))) {
                    d--;
                }
                dashAt = d;
                start = j + 1;
                j = d - 1;
                continue;
            }
            break;
        }
        if (dashAt >= 0 && start < dashAt && !namePart.startsWithPlace(scan, start, dashAt)) {
            start = afterDash(m, dashAt);
        }
        int listed = listedFieldsStart(scan, start, suffixStart);
        if (listed >= 0) {
            start = listed;
        }
        start = withoutLeadingFunctionWords(scan, start, suffixStart);
        return namePart.judge(scan, start, suffixStart, end, strong, single, quoted, bracketed);
    }

    /**
     * "访天津能源集团", "同能源集团": the leftward scan stops only at listed stop words, so a verb,
     * preposition, conjunction, adverb or pronoun standing before the name is taken in. A char
     * that HanLP's dictionary knows only as such a word on its own (no longer word starts with
     * it here) and that begins no country, place or known body is no part of a name.
     */
    private int withoutLeadingFunctionWords(ArticleScan scan, int start, int suffixStart) {
        String m = scan.match;
        ChineseWords words = ChineseWords.instance();
        // "此行走访西安…集团": a verb or preposition right before a country, place or known body
        // inside the scanned part ends what came before; the name starts at that body
        for (int at = start + 1; at < suffixStart; at++) {
            if (isHan(m.charAt(at)) && namePart.cueAt(scan, at, suffixStart) != null) {
                String tag = words.tag(longestWordEndingAt(words, m, start, at));
                if (tag != null && isFunctionWordTag(tag)) {
                    start = at;
                }
                break;
            }
        }
        while (start + 2 < suffixStart && isHan(m.charAt(start)) && namePart.cueAt(scan, start, suffixStart) == null) {
            if (words.find(m, start, start + 2) >= 0 || words.longestAt(m, start, suffixStart) > 2
                    && longerWordAt(words, m, start, suffixStart)) {
                break;
            }
            String tag = words.tag(words.find(m, start, start + 1));
            if (tag == null || !isFunctionWordTag(tag)) {
                break;
            }
            start++;
        }
        return start;
    }

    /** The table slot of the longest dictionary word ending at {@code end} and starting at or after {@code floor}, or -1. */
    private static int longestWordEndingAt(ChineseWords words, String m, int floor, int end) {
        for (int length = Math.min(4, end - floor); length >= 1; length--) {
            int slot = words.find(m, end - length, end);
            if (slot >= 0) {
                return slot;
            }
        }
        return -1;
    }

    private static boolean longerWordAt(ChineseWords words, String m, int start, int limit) {
        for (int end = start + 3; end <= Math.min(limit, start + words.longestAt(m, start, limit)); end++) {
            if (words.find(m, start, end) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * "哈萨克斯坦数字发展、创新与航空航天工业部", "哈萨克斯坦科学与高等教育部": a ministry named for
     * several fields lists them with 、 and 与; when a country opens the list, and no field in it
     * ends in another body's suffix, a stop word or a person's title, the name starts at the
     * country. Returns that start, or -1.
     */
    private int listedFieldsStart(ArticleScan scan, int start, int suffixStart) {
        String m = scan.match;
        // the last field joins the list by a conjunction; a list of bodies with 、 alone is not one name
        if (start < 3 || start >= suffixStart || !isConjunction(m.charAt(start - 1))
                || !GOVERNMENT_SUFFIXES.contains(lexicon.chineseSuffixes.startingAt(m, suffixStart))) {
            return -1;
        }
        int pos = start - 1;
        int field = 0;
        while (pos > 0 && start - pos <= MAX_LISTED_FIELDS) {
            int countryStart = scan.countryStartEndingAt(pos);
            if (countryStart >= 0 && field >= 2) {
                return scan.countriesInside(pos, start).isEmpty() ? countryStart : -1;
            }
            char c = m.charAt(pos - 1);
            if (c == '、' || isConjunction(c)) {
                if (field < 2) {
                    return -1;
                }
                field = 0;
                pos--;
                continue;
            }
            if (!isHan(c) || lexicon.chineseSuffixes.endingAt(m, pos) != null
                    || field == 0 && (lexicon.chineseTitles.endingAt(m, pos) != null || lexicon.stopEndingAt(m, pos) != null)) {
                return -1;
            }
            field++;
            pos--;
        }
        return -1;
    }

    /** HanLP's tags of verbs, prepositions, conjunctions, adverbs and pronouns. */
    private static boolean isFunctionWordTag(String tag) {
        return tag.equals("v") || tag.startsWith("p") || tag.startsWith("c") || tag.equals("d") || tag.startsWith("r");
    }

    private static int afterDash(String m, int dashAt) {
        int at = dashAt;
        while (at < m.length() && isDash(m.charAt(at))) {
            at++;
        }
        return at;
    }

    /**
     * "中国与现代亚洲研究所": a country or place joined by a conjunction to the words before a
     * suffix belongs to the name, unless the right part itself starts with a place (then the
     * conjunction joins two bodies).
     */
    private int joinedPlaceStart(ArticleScan scan, int conjunction, int rightStart) {
        if (namePart.startsWithPlace(scan, rightStart, Integer.MAX_VALUE)) {
            return -1;
        }
        int countryStart = scan.countryStartEndingAt(conjunction);
        if (countryStart >= 0) {
            return countryStart;
        }
        String cue = lexicon.placeCues.endingAt(scan.match, conjunction);
        return cue == null ? -1 : conjunction - cue.length();
    }

    /**
     * The opening quote of a short quoted part closing at {@code close}, else -1. A quoted part
     * of a name ("数联网") holds no sentence punctuation: "“需要一个契机。”中国…中心" is a quotation
     * followed by a name.
     */
    private static int openingQuoteBefore(String m, int close) {
        for (int k = close - 1; k >= 0 && close - k <= MAX_QUOTED; k--) {
            char c = m.charAt(k);
            if (c == '“') {
                return k + 1 < close ? k : -1;
            }
            if (c == '”' || c == '\n' || SENTENCE_PUNCTUATION.indexOf(c) >= 0) {
                return -1;
            }
        }
        return -1;
    }

    private static final String SENTENCE_PUNCTUATION = "。！？；，!?;,";

    /** The opening bracket of a short bracketed Chinese part closing at {@code close}, else -1. */
    private static int openingBefore(String m, int close) {
        for (int k = close - 1; k >= 0 && close - k <= MAX_BRACKETED; k--) {
            char c = m.charAt(k);
            if (isOpenBracket(c)) {
                return k + 1 < close ? k : -1;
            }
            if (!isHan(c)) {
                return -1;
            }
        }
        return -1;
    }
}
