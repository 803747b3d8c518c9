package io.scofacts.core.lexicon;

import java.util.List;

/**
 * The Chinese words of HanLP's core dictionary with their corpus frequency and most frequent part
 * of speech ({@code lexicon/zh-words.tsv}, derived by {@code tools/derive-hanlp-lexicons.py}).
 * Simplified script. Looked up by char range without allocating: an open-addressing table whose
 * hash is {@link String#hashCode()}, so a caller extends a candidate word one char at a time and
 * probes with the running hash. Loaded once, on first use, shared by every extraction.
 */
public final class ChineseWords {

    public static final String RESOURCE = "lexicon/zh-words.tsv";

    private final String[] keys;
    private final int[] frequencies;
    private final String[] tags;
    private final int mask;
    private final long total;
    private final int maxLength;

    private ChineseWords(List<String[]> rows) {
        int capacity = Integer.highestOneBit(Math.max(16, rows.size() * 2)) << 1;
        keys = new String[capacity];
        frequencies = new int[capacity];
        tags = new String[capacity];
        mask = capacity - 1;
        long sum = 0;
        int longest = 0;
        for (String[] row : rows) {
            String word = row[0];
            int slot = spread(word.hashCode()) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = word;
            frequencies[slot] = Integer.parseInt(row[1]);
            tags[slot] = row[2].intern();
            sum += frequencies[slot];
            longest = Math.max(longest, word.length());
        }
        total = sum;
        maxLength = longest;
    }

    public static ChineseWords instance() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final ChineseWords INSTANCE = new ChineseWords(LexiconFile.read(RESOURCE));
    }

    /** The table slot of the word {@code text[start, end)} whose {@link String#hashCode()} is {@code hash}, or -1. */
    public int find(CharSequence text, int start, int end, int hash) {
        int length = end - start;
        for (int slot = spread(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            String key = keys[slot];
            if (key.length() == length && sameChars(key, text, start)) {
                return slot;
            }
        }
        return -1;
    }

    /** The slot of the word {@code text[start, end)}, or -1. */
    public int find(CharSequence text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        return find(text, start, end, hash);
    }

    public int frequency(int slot) {
        return slot < 0 ? 0 : frequencies[slot];
    }

    /** The most frequent part of speech (HanLP's PKU-style tags: n, v, nr, ns, nt, …) of a found word. */
    public String tag(int slot) {
        return slot < 0 ? null : tags[slot];
    }

    /** The sum of all frequencies: the size of the corpus the counts come from. */
    public long total() {
        return total;
    }

    public int maxLength() {
        return maxLength;
    }

    /**
     * Scatters a String hash over the table: words sharing their first char have hashes that differ
     * only in the last char, a contiguous run that linear probing would turn into long clusters.
     */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B1;
        return h ^ (h >>> 15);
    }

    private static boolean sameChars(String key, CharSequence text, int start) {
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != text.charAt(start + i)) {
                return false;
            }
        }
        return true;
    }
}
