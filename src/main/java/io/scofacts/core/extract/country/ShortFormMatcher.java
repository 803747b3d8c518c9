package io.scofacts.core.extract.country;

import io.scofacts.core.lexicon.LexiconFile;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the Chinese one-character country forms in the text the name matcher left unread:
 * <ul>
 * <li>bilateral runs with 中: 中乌 (CN, UZ), 中吉乌 (CN, KG, UZ), 哈中 (KZ, CN), one mention per
 * character. 中 is also the postposition "in" (合作中, 过程中) and many 中X strings are other
 * words, so a run counts only when what follows makes it a modifier or subject: a follower
 * word (中乌合作, 中哈两国) or a list separator followed by another accepted run (中俄、中哈);
 * words such as 其中, 中老年, 中新社, 日益, 马上 are non-names and were already read;</li>
 * <li>"the X side": 乌方 (UZ), 中方 (CN), 俄方 (RU); when 方 starts another word (方法, 方案,
 * 方面 …) that word was already read as a non-name, so 新方法 and 中方案 stay unread.</li>
 * </ul>
 * A 日 right after a day number is the date's 日, never Japan.
 */
final class ShortFormMatcher {

    static final String ABBREVIATIONS = "lexicon/country-abbreviations.tsv";
    static final String FOLLOWERS = "lexicon/country-pair-followers.tsv";

    private static final char CHINA = '中';
    private static final char SIDE = '方';
    private static final int MAX_RUN = 6;
    /** How far a head noun may stand from the run it is led by (中塔远程医疗合作项目). */
    private static final int HEAD_WINDOW = 8;
    private static final char POSSESSIVE = '的';

    private final String[] codeByChar = new String[Character.MAX_VALUE + 1];
    private final Map<Character, List<char[]>> followersByFirstChar = new HashMap<>();
    private final Map<Character, List<char[]>> separatorsByFirstChar = new HashMap<>();
    private final Map<Character, List<char[]>> headsByFirstChar = new HashMap<>();

    ShortFormMatcher() {
        for (String[] row : LexiconFile.read(ABBREVIATIONS)) {
            if (row[0].length() != 1) {
                throw new IllegalStateException(ABBREVIATIONS + ": not one character: " + row[0]);
            }
            codeByChar[row[0].charAt(0)] = row[1];
        }
        for (String[] row : LexiconFile.read(FOLLOWERS)) {
            Map<Character, List<char[]>> target = switch (row[0]) {
                case "word" -> followersByFirstChar;
                case "sep" -> separatorsByFirstChar;
                case "head" -> headsByFirstChar;
                default -> throw new IllegalStateException(FOLLOWERS + ": unknown kind " + row[0]);
            };
            char[] text = MatchingText.patternOf(row[1]).toCharArray();
            target.computeIfAbsent(text[0], c -> new ArrayList<>()).add(text);
        }
    }

    /** The short forms in the chars no name token covers, in text order. */
    List<Token> match(MatchingText text, List<Token> nameTokens) {
        char[] chars = text.chars();
        BitSet covered = new BitSet(chars.length);
        nameTokens.forEach(t -> covered.set(t.start(), t.end()));
        List<Token> found = new ArrayList<>();
        BitSet inRun = acceptedRuns(chars, covered, found);
        for (int i = 0; i + 1 < chars.length; i++) {
            if (chars[i + 1] == SIDE && isShortForm(chars, i, covered) && !inRun.get(i) && !covered.get(i + 1)) {
                found.add(new Token(i, i + 2, codeByChar[chars[i]]));
                i++;
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private boolean isShortForm(char[] chars, int i, BitSet covered) {
        return codeByChar[chars[i]] != null && !covered.get(i) && !HanChars.isDayOfDate(chars, i);
    }

    /** Adds a token per character of every accepted run to {@code found}; returns the chars in accepted runs. */
    private BitSet acceptedRuns(char[] chars, BitSet covered, List<Token> found) {
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < chars.length) {
            if (!isShortForm(chars, i, covered)) {
                i++;
                continue;
            }
            int end = i;
            int chinas = 0;
            while (end < chars.length && isShortForm(chars, end, covered)) {
                chinas += chars[end] == CHINA ? 1 : 0;
                end++;
            }
            if (chinas == 1 && end - i >= 2 && end - i <= MAX_RUN) {
                runs.add(new int[] {i, end});
            }
            i = end;
        }
        BitSet inRun = new BitSet(chars.length);
        int acceptedStart = -1;
        for (int r = runs.size() - 1; r >= 0; r--) {
            int start = runs.get(r)[0];
            int end = runs.get(r)[1];
            if (startsWithAny(chars, end, followersByFirstChar) > 0 || separatesFrom(chars, end, acceptedStart)
                    || leadsToHead(chars, start, end)) {
                inRun.set(start, end);
                acceptedStart = start;
                for (int c = start; c < end; c++) {
                    found.add(new Token(c, c + 1, codeByChar[chars[c]]));
                }
            }
        }
        return inRun;
    }

    /**
     * A head noun within a few Han characters (no 的, no punctuation) after the run. Weaker
     * evidence than a follower word, so a run that could be the postposition 中 after a word
     * (过程中土地合作) does not qualify: it must start a phrase.
     */
    private boolean leadsToHead(char[] chars, int start, int end) {
        if (chars[start] == CHINA && start > 0 && HanChars.isHan(chars[start - 1])) {
            return false;
        }
        for (int at = end + 1; at < chars.length && at <= end + HEAD_WINDOW; at++) {
            if (!HanChars.isHan(chars[at - 1]) || chars[at - 1] == POSSESSIVE) {
                return false;
            }
            if (startsWithAny(chars, at, headsByFirstChar) > 0) {
                return true;
            }
        }
        return false;
    }

    private boolean separatesFrom(char[] chars, int end, int nextAcceptedStart) {
        int separator = startsWithAny(chars, end, separatorsByFirstChar);
        return separator > 0 && end + separator == nextAcceptedStart;
    }

    /** The length of the entry of {@code byFirstChar} that the text at {@code at} starts with, else 0. */
    private static int startsWithAny(char[] chars, int at, Map<Character, List<char[]>> byFirstChar) {
        if (at >= chars.length) {
            return 0;
        }
        List<char[]> candidates = byFirstChar.get(chars[at]);
        if (candidates != null) {
            for (char[] candidate : candidates) {
                if (NameMatcher.startsWith(chars, at, candidate)) {
                    return candidate.length;
                }
            }
        }
        return 0;
    }
}
