package io.scofacts.core.extract.person;

import io.scofacts.core.extract.person.ChineseNameRoles.Role;
import io.scofacts.core.lexicon.ChineseWords;
import java.util.ArrayList;
import java.util.List;

/**
 * Proposes Chinese personal names without any cue beside them, the way a statistical segmenter
 * does: each run of Chinese characters is segmented into the most probable sequence of words
 * (a unigram model over HanLP's core dictionary, {@link ChineseWords}) and names (a surname and
 * one or two given characters, priced by how often each character plays that part of a name in
 * HanLP's role-tagged corpus, {@link ChineseNameRoles}, and by how often the word after it
 * follows names). A name on the best path is a candidate; its margin says by how much it beat
 * the best reading of the same characters as ordinary words, so "高度" stays a word and
 * "陈文玲认为" yields a name. The rules of {@link PersonRecognizer} judge the candidates.
 */
final class ChineseNameLattice {

    /** A proposed name: view chars {@code [start, end)} and how much more probable it is than words there. */
    record Candidate(int start, int end, double margin) {
    }

    /** The prior cost of a token being a personal name at all (about one token in a few hundred). */
    private static final double NAME_PRIOR = 5.5;
    /** How much the word after a name may raise or lower its cost, at most. */
    private static final double MAX_CONTEXT = 3.0;
    /** A char HanLP's corpus saw as a surname this often is one, whether or not our surname list has it. */
    private static final int MIN_SURNAME_COUNT = 200;
    /** Numerals and function characters: never part of a given name ("利八十", "哈第三"). */
    private static final String NOT_GIVEN = "一二三四五六七八九十百千万亿两第的了着过是在和与及或等们这那";
    /** Suffixes of bodies and places: a name does not end in one ("文旅部", "某某县"). */
    private static final String NOT_LAST = "部局厅处委办院所司会社团组队级省市县区镇村州岛港湾路街园馆站网台报厂校店场楼室";
    private static final String NUMERALS = "0123456789０１２３４５６７８９.．·一二三四五六七八九十百千万亿两几多余数";
    private static final int MAX_WORD = 6;
    private static final int WINDOW = 2;
    private static final int MIN_COMMON_FREQUENCY = 20;
    /** The margin of a name HanLP's dictionary lists as a person's ("邓小平"): as clear as can be. */
    private static final double KNOWN_NAME_MARGIN = 20.0;

    private final ChineseWords words;
    private final ChineseNameRoles roles;
    private final PersonLexicon lexicon;
    private final double unknownCost;
    private final double compoundSurnameCost;

    ChineseNameLattice(PersonLexicon lexicon) {
        this.lexicon = lexicon;
        this.words = ChineseWords.instance();
        this.roles = ChineseNameRoles.load();
        this.unknownCost = -Math.log(0.5 / words.total());
        this.compoundSurnameCost = roles.cost(Role.B, 500);
    }

    /** The names on the best segmentation of every run of Chinese characters in {@code m}. */
    List<Candidate> find(String m) {
        List<Candidate> found = new ArrayList<>();
        int i = 0;
        while (i < m.length()) {
            if (!ChineseNameFinder.isHan(m.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < m.length() && ChineseNameFinder.isHan(m.charAt(end))) {
                end++;
            }
            if (end - i >= 2) {
                segment(m, i, end, found);
            }
            i = end;
        }
        return found;
    }

    private void segment(String m, int from, int to, List<Candidate> found) {
        int n = to - from;
        double[] best = new double[n + 1];
        int[] back = new int[n + 1];
        double[] nameCost = new double[n + 1];
        java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(nameCost, Double.NaN);
        // names starting a char apart end at the same places: the context after each is read once
        double[] after = new double[n + 1];
        java.util.Arrays.fill(after, Double.NaN);
        best[0] = 0;
        for (int i = 0; i < n; i++) {
            if (best[i] == Double.POSITIVE_INFINITY) {
                continue;
            }
            int at = from + i;
            relax(best, back, nameCost, i, i + 1, best[i] + unknownCost, Double.NaN);
            int hash = 0;
            int longest = Math.min(MAX_WORD, words.longestAt(m, at, to));
            for (int length = 1; length <= longest; length++) {
                hash = 31 * hash + m.charAt(at + length - 1);
                int slot = words.find(m, at, at + length, hash);
                if (slot >= 0) {
                    double cost = wordCost(words.frequency(slot));
                    boolean name = length >= 2 && isNameTag(words.tag(slot));
                    relax(best, back, nameCost, i, i + length, best[i] + cost, name ? cost : Double.NaN);
                }
            }
            int surname = followsNumeral(m, at) ? 0 : lexicon.surnameAt(m, at);
            if (surname == 0 && !followsNumeral(m, at) && roles.count(Role.B, m.charAt(at)) >= MIN_SURNAME_COUNT) {
                surname = 1;
            }
            if (surname > 0) {
                for (int given = 1; given <= 2 && i + surname + given <= n; given++) {
                    double cost = nameCost(m, at, surname, given, to, after, from);
                    if (cost < Double.POSITIVE_INFINITY) {
                        relax(best, back, nameCost, i, i + surname + given, best[i] + cost, cost);
                    }
                }
            }
        }
        List<Candidate> run = new ArrayList<>();
        for (int end = n; end > 0; end = back[end]) {
            int start = back[end];
            if (!Double.isNaN(nameCost[end])) {
                run.add(0, new Candidate(from + start, from + end, margin(m, from + start, from + end, nameCost[end], from, to)));
            }
        }
        found.addAll(run);
    }

    /**
     * How much better a name reads at {@code [start, end)} than the best reading without it, over a
     * window reaching {@link #WINDOW} chars to each side: a name that takes the last char of the
     * word before it ("学习" in "学习邯钢") or the first char of the word after it ("周末离开")
     * costs those words, and the window counts that.
     */
    private double margin(String m, int start, int end, double nameCost, int runStart, int runEnd) {
        int windowStart = Math.max(runStart, start - WINDOW);
        int windowEnd = Math.min(runEnd, end + WINDOW);
        double withName = wordsOnly(m, windowStart, start) + nameCost + wordsOnly(m, end, windowEnd);
        return wordsOnly(m, windowStart, windowEnd) - withName;
    }

    /**
     * How much more probable {@code m[start, end)} is as a surname and given name than as
     * ordinary words (negative: the words are more probable, as "国期间" is 国 + 期间), or NaN
     * when it does not have a name's shape.
     */
    double margin(String m, int start, int end) {
        if (isNameTag(words.tag(words.find(m, start, end)))) {
            return KNOWN_NAME_MARGIN;
        }
        int surname = lexicon.surnameAt(m, start);
        int given = end - start - surname;
        if (surname == 0 || given < 1 || given > 2) {
            return Double.NaN;
        }
        double name = nameCost(m, start, surname, given, start, null, 0);
        if (name == Double.POSITIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        int runStart = start;
        while (runStart > 0 && ChineseNameFinder.isHan(m.charAt(runStart - 1))) {
            runStart--;
        }
        int runEnd = end;
        while (runEnd < m.length() && ChineseNameFinder.isHan(m.charAt(runEnd))) {
            runEnd++;
        }
        return margin(m, start, end, name, runStart, runEnd);
    }

    /**
     * Whether {@code m[start, end)} is an ordinary word of the dictionary, frequent enough not to be
     * a name that merely looks like one ("提问" after "记者"): for names without a Chinese surname.
     */
    boolean isCommonWord(String m, int start, int end) {
        int slot = words.find(m, start, end);
        return slot >= 0 && !isNameTag(words.tag(slot)) && !words.tag(slot).startsWith("ns")
                && words.frequency(slot) >= MIN_COMMON_FREQUENCY;
    }

    /** "30万公顷", "二十三万多株": after a numeral, 万 and its like count, they are no surname. */
    private static boolean followsNumeral(String m, int at) {
        return at > 0 && NUMERALS.indexOf(m.charAt(at - 1)) >= 0;
    }

    private static void relax(double[] best, int[] back, double[] nameCost, int from, int to, double cost, double name) {
        if (cost < best[to]) {
            best[to] = cost;
            back[to] = from;
            nameCost[to] = name;
        }
    }

    /**
     * The cost of a name of {@code surname} + {@code given} chars at {@code at}, or infinity when it
     * cannot be one; {@code after}, when given, caches the context cost by end position (relative to
     * {@code afterBase}).
     */
    private double nameCost(String m, int at, int surname, int given, int runEnd, double[] after, int afterBase) {
        int givenStart = at + surname;
        for (int g = givenStart; g < givenStart + given; g++) {
            if (!ChineseNameFinder.isHan(m.charAt(g)) || NOT_GIVEN.indexOf(m.charAt(g)) >= 0) {
                return Double.POSITIVE_INFINITY;
            }
        }
        if (NOT_LAST.indexOf(m.charAt(givenStart + given - 1)) >= 0) {
            return Double.POSITIVE_INFINITY;
        }
        double cost = NAME_PRIOR + (surname == 2 ? compoundSurnameCost : roles.cost(Role.B, roles.count(Role.B, m.charAt(at))));
        if (given == 1) {
            cost += roles.cost(Role.E, roles.count(Role.E, m.charAt(givenStart)));
        } else {
            double split = roles.cost(Role.C, roles.count(Role.C, m.charAt(givenStart)))
                    + roles.cost(Role.D, roles.count(Role.D, m.charAt(givenStart + 1)));
            double word = roles.cost(Role.Z, roles.count(Role.Z, m, givenStart));
            cost += Math.min(split, word);
        }
        int end = givenStart + given;
        if (after == null) {
            return cost + contextAfter(m, end, runEnd);
        }
        if (Double.isNaN(after[end - afterBase])) {
            after[end - afterBase] = contextAfter(m, end, runEnd);
        }
        return cost + after[end - afterBase];
    }

    /**
     * How the word after a name changes its cost: words that often follow names ("表示", "说",
     * "介绍") lower it, words that seldom do raise it, relative to how common the word is anyway.
     */
    private double contextAfter(String m, int at, int runEnd) {
        if (at >= runEnd) {
            return 0;
        }
        int slot = at + 2 <= runEnd ? words.find(m, at, at + 2) : -1;
        int count;
        int frequency;
        if (slot >= 0) {
            count = roles.count(Role.L, m, at);
            frequency = words.frequency(slot);
        } else {
            count = roles.count(Role.L, m.charAt(at));
            frequency = words.frequency(words.find(m, at, at + 1));
        }
        double asContext = roles.cost(Role.L, count);
        double asWord = -Math.log((frequency + 0.5) / words.total());
        return Math.max(-MAX_CONTEXT, Math.min(MAX_CONTEXT, asContext - asWord));
    }

    /** The cost of the best reading of {@code m[start, end)} as dictionary words and unknown chars. */
    private double wordsOnly(String m, int start, int end) {
        int n = end - start;
        double[] best = new double[n + 1];
        java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = 0;
        for (int i = 0; i < n; i++) {
            best[i + 1] = Math.min(best[i + 1], best[i] + unknownCost);
            int hash = 0;
            int longest = words.longestAt(m, start + i, end);
            for (int length = 1; length <= longest; length++) {
                hash = 31 * hash + m.charAt(start + i + length - 1);
                int slot = words.find(m, start + i, start + i + length, hash);
                if (slot >= 0 && !isNameTag(words.tag(slot))) {
                    best[i + length] = Math.min(best[i + length], best[i] + wordCost(words.frequency(slot)));
                }
            }
        }
        return best[n];
    }

    private double wordCost(int frequency) {
        return -Math.log(frequency / (double) words.total());
    }

    private static boolean isNameTag(String tag) {
        return "nr".equals(tag) || "nrf".equals(tag) || "nrj".equals(tag);
    }
}
