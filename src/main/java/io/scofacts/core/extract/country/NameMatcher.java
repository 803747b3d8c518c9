package io.scofacts.core.extract.country;

import io.scofacts.core.lexicon.LexiconFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds country names and non-names together in one scan ({@link NameTrie}), then reads the text as a leftmost-longest
 * sequence of them, the way a dictionary segmenter would: 印度尼西亚 wins over 印度, 内蒙古
 * (a non-name) over 蒙古, and in 欧美国家 the earlier 欧美 over 美国. Names written in an
 * alphabet count only as whole words. A name then read is still dropped when the text shows
 * that its first or last character belongs to another word: 日本 right after a day number
 * ("16日本次"), or a name followed by a continuation such as 际 ("中国际" is 中 + 国际).
 */
final class NameMatcher {

    static final String CONTINUATIONS = "lexicon/country-name-continuations.tsv";

    /** Bits of a packed hit: start (high 32), 1023 − length (10 bits), entry index (20 bits). */
    private static final int LENGTH_BITS = 10;
    private static final int ENTRY_BITS = 20;
    private static final int MAX_LENGTH = (1 << LENGTH_BITS) - 1;

    private final NameTrie trie;
    private final NameEntry[] entries;
    private final char[][] continuations;

    NameMatcher(List<NameEntry> entries) {
        if (entries.size() >= 1 << ENTRY_BITS) {
            throw new IllegalArgumentException("too many name entries: " + entries.size());
        }
        this.entries = entries.toArray(NameEntry[]::new);
        List<String> patterns = new ArrayList<>(this.entries.length);
        for (NameEntry entry : this.entries) {
            // a longer text cannot be packed into a hit; no name comes near the limit
            patterns.add(entry.text().length() <= MAX_LENGTH ? entry.text() : "");
        }
        this.trie = new NameTrie(patterns);
        this.continuations = LexiconFile.read(CONTINUATIONS).stream()
                .map(row -> MatchingText.patternOf(row[0]).toCharArray())
                .toArray(char[][]::new);
    }

    /**
     * The tokens the text reads as, in text order and not overlapping: countries (code set),
     * and non-names or names dropped by context (code null), which the short-form matcher
     * must not read into either.
     */
    List<Token> match(MatchingText text) {
        char[] chars = text.chars();
        long[] hits = collectHits(chars);
        List<Token> tokens = new ArrayList<>();
        int coveredUntil = 0;
        for (long hit : hits) {
            int start = (int) (hit >>> 32);
            int length = MAX_LENGTH - (int) ((hit >>> ENTRY_BITS) & MAX_LENGTH);
            if (start < coveredUntil) {
                continue;
            }
            NameEntry entry = entries[(int) (hit & ((1 << ENTRY_BITS) - 1))];
            int end = start + length;
            if (entry.isCountry() && continuesIntoAnotherWord(chars, end)) {
                // "中俄国际": 俄国 + 际 reads as 俄 + 国际, so its chars stay open to the one-character forms
                continue;
            }
            boolean country = entry.isCountry() && readsAsName(chars, start, end);
            tokens.add(new Token(start, end, country ? entry.code() : null));
            coveredUntil = end;
        }
        return tokens;
    }

    /** Every whole-word hit, packed and sorted by start, the longest first at each start. */
    private long[] collectHits(char[] chars) {
        long[][] buffer = {new long[64]};
        int[] count = {0};
        trie.parse(chars, chars.length, (begin, end, entryIndex) -> {
            NameEntry entry = entries[entryIndex];
            if (entry.boundedStart() && begin > 0 && HanChars.isWordChar(chars[begin - 1])) {
                return;
            }
            if (entry.boundedEnd() && end < chars.length && HanChars.isWordChar(chars[end])) {
                return;
            }
            if (count[0] == buffer[0].length) {
                buffer[0] = Arrays.copyOf(buffer[0], count[0] * 2);
            }
            long inverseLength = MAX_LENGTH - (end - begin);
            buffer[0][count[0]++] = ((long) begin << 32) | (inverseLength << ENTRY_BITS) | entryIndex;
        });
        long[] hits = Arrays.copyOf(buffer[0], count[0]);
        Arrays.sort(hits);
        return hits;
    }

    private boolean readsAsName(char[] chars, int start, int end) {
        return !HanChars.isDayOfDate(chars, start) && !continuesIntoAnotherWord(chars, end);
    }

    private boolean continuesIntoAnotherWord(char[] chars, int end) {
        for (char[] continuation : continuations) {
            if (startsWith(chars, end, continuation)) {
                return true;
            }
        }
        return false;
    }

    static boolean startsWith(char[] chars, int at, char[] prefix) {
        if (at + prefix.length > chars.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (chars[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
