package io.scofacts.core.extract.event;

import io.scofacts.core.lexicon.ChineseWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Chinese names built on a head word at their end (…论坛, …宣言): each head occurrence is
 * extended leftwards over name characters until a function word, verb, punctuation, a stated
 * day or month, or the length limit, then stripped of leading demonstratives and counters. Runs
 * in time linear in the text (each head occurrence looks back a bounded number of characters).
 * Whether the words before the head make a name is the caller's decision ({@link NameTest}).
 */
public final class ChineseHeadedNames {

    /** What the caller is told about the words before a head to decide whether they name it. */
    public interface NameTest {
        boolean names(String match, int start, int headStart, String head);
    }

    private static final int MAX_PREFIX = 28;
    private static final int MAX_QUOTE = 24;
    /** The last char of a Chinese dateline ("天津7月10日电", "本报讯"). */
    private static final String DATELINE_ENDS = "电讯";
    private static final int MAX_BYLINE = 20;
    /** How many chars may come before an edition ordinal and still belong to the name ("上合组织第三届…"). */
    private static final int LATE_EDITION = 6;

    private final List<String> heads;
    private final Set<String> partHeads;
    private final WordList stops;
    private final WordList determiners;
    private final WordList blockers;

    public ChineseHeadedNames(List<String> heads, Set<String> partHeads, WordList stops, WordList determiners,
            WordList blockers) {
        List<String> sorted = new ArrayList<>(heads);
        sorted.sort((a, b) -> b.length() - a.length());
        this.heads = List.copyOf(sorted);
        this.partHeads = Set.copyOf(partHeads);
        this.stops = stops;
        this.determiners = determiners;
        this.blockers = blockers;
    }

    /**
     * Every head occurrence in {@code match} with its name, in text order. {@code protectedChars}
     * marks characters of names found earlier (a stop word never cuts into them), {@code dates}
     * the stated days and months (a name never reaches back into one).
     */
    public List<HeadedName> find(String match, ViewMask protectedChars, ViewMask dates, NameTest test) {
        TreeMap<Integer, int[]> byEnd = new TreeMap<>();
        for (String head : heads) {
            for (int at = match.indexOf(head); at >= 0; at = match.indexOf(head, at + 1)) {
                int end = at + head.length();
                int[] known = byEnd.get(end);
                if (known == null && blockers.startingAt(match, end) == null) {
                    byEnd.put(end, new int[] {at, heads.indexOf(head)});
                }
            }
        }
        List<HeadedName> names = new ArrayList<>();
        int previousEnd = -1;
        for (var entry : byEnd.entrySet()) {
            int end = entry.getKey();
            int headStart = entry.getValue()[0];
            String head = heads.get(entry.getValue()[1]);
            if (headStart < previousEnd && !names.isEmpty()
                    && names.get(names.size() - 1).end() == previousEnd) {
                // overlapping heads (签约会议): the later one carries the name
                names.remove(names.size() - 1);
            }
            boolean followsHead = headStart == previousEnd;
            previousEnd = end;
            if (partHeads.contains(head) && followsHead) {
                continue;
            }
            int start = nameStart(match, headStart, protectedChars, dates);
            if (start < 0) {
                continue;
            }
            int edition = editionAfter(match, start, headStart);
            if (edition > start && (edition - start >= LATE_EDITION || !test.names(match, start, edition, head))) {
                // an edition ordinal (第三届) opens an event's name; words before it that name nothing
                // or run long ("丝路起点见证…第二届…电视节") belong to the sentence
                start = edition;
            }
            boolean named = start < headStart && test.names(match, start, headStart, head);
            names.add(new HeadedName(named ? start : headStart, end, headStart, head, named));
        }
        return names;
    }

    /** Where the name before {@code headStart} starts; -1 when it runs on past the length limit. */
    private int nameStart(String text, int headStart, ViewMask protectedChars, ViewMask dates) {
        int start = headStart;
        while (start > 0) {
            if (headStart - start > MAX_PREFIX) {
                return -1;
            }
            if (dates.marked(start - 1)) {
                break;
            }
            if (!protectedChars.marked(start - 1) && (stops.endingAt(text, start) != null || ChineseWords.instance().verbEndsAt(text, start))) {
                break;
            }
            char c = text.charAt(start - 1);
            if (c == '”' || c == '"') {
                int open = openingQuote(text, start - 1);
                if (open < 0) {
                    break;
                }
                start = open;
                continue;
            }
            if ((c == ')' || c == '）') && closesByline(text, start - 1)) {
                break;
            }
            if (!isNameChar(c) || (c == '—' && start > 1 && text.charAt(start - 2) == '—')) {
                break;
            }
            start--;
        }
        start = afterUnmatchedClosingBracket(text, start, headStart);
        boolean stripped = true;
        while (stripped && start < headStart) {
            stripped = false;
            String determiner = determiners.startingAt(text, start);
            if (determiner != null && start + determiner.length() <= headStart && !protectedChars.marked(start)) {
                start += determiner.length();
                stripped = true;
            }
            while (start < headStart && (text.charAt(start) == '—' || text.charAt(start) == '-')) {
                start++;
                stripped = true;
            }
            int bracketEnd = leadingBracketEnd(text, start, headStart);
            if (bracketEnd > start) {
                // a name does not open with an aside: "(7月17日)第三届…博览会"
                start = bracketEnd;
                stripped = true;
            }
        }
        return start;
    }

    /** Where an edition ordinal (第三届) after {@code start} begins, else {@code start}. */
    private static int editionAfter(String text, int start, int headStart) {
        for (int i = start + 1; i < headStart; i++) {
            if (text.charAt(i) == '第') {
                int j = i + 1;
                while (j < headStart && j - i <= 4 && isNumeral(text.charAt(j))) {
                    j++;
                }
                if (j > i + 1 && j < headStart && text.charAt(j) == '届') {
                    return i;
                }
            }
        }
        return start;
    }

    private static boolean isNumeral(char c) {
        return Character.isDigit(c) || "一二三四五六七八九十百零两".indexOf(c) >= 0;
    }

    private static int leadingBracketEnd(String text, int start, int end) {
        if (start >= end || (text.charAt(start) != '(' && text.charAt(start) != '（')) {
            return start;
        }
        for (int i = start + 1; i < end; i++) {
            char c = text.charAt(i);
            if (c == ')' || c == '）') {
                return i + 1;
            }
            if (c == '(' || c == '（') {
                return start;
            }
        }
        return start;
    }

    private static int openingQuote(String text, int close) {
        char closing = text.charAt(close);
        char opening = closing == '”' ? '“' : '"';
        for (int i = close - 1; i >= 0 && close - i <= MAX_QUOTE; i--) {
            char c = text.charAt(i);
            if (c == opening) {
                return i;
            }
            if (c == '\n' || c == '。' || c == '”') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Brackets belong to a name only in pairs ("案例集(2025)"); a lone ")" ends whatever was before it.
     */
    private static int afterUnmatchedClosingBracket(String text, int start, int end) {
        int depth = 0;
        int result = start;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '（') {
                depth++;
            } else if ((c == ')' || c == '）')) {
                if (depth == 0) {
                    result = i + 1;
                } else {
                    depth--;
                }
            }
        }
        return result;
    }

    /** Whether the bracket closing at {@code close} ends a byline after a dateline ("…7月10日电(记者王明)"). */
    private static boolean closesByline(String text, int close) {
        for (int i = close - 1; i > 0 && close - i <= MAX_BYLINE; i--) {
            char c = text.charAt(i);
            if (c == '(' || c == '（') {
                return DATELINE_ENDS.indexOf(text.charAt(i - 1)) >= 0;
            }
        }
        return false;
    }

    static boolean isNameChar(char c) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        return c == '·' || c == '(' || c == ')' || c == '（' || c == '）' || c == '-' || c == '—';
    }
}
