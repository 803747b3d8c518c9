package io.scofacts.core.extract.place;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * Finds gazetteer names in one pass of an Aho–Corasick automaton (HanLP's double-array trie)
 * and reads the text as a leftmost-longest sequence of them, as a dictionary segmenter would:
 * 新疆维吾尔自治区 wins over 新疆, 上海合作组织 (a blocking name) over 上海, and in 江西安徽 the
 * earlier 江西 over 西安. Alphabetic names count only as whole words.
 */
final class GazetteerMatcher {

    /** Bits of a packed hit: start (high 32), 1023 − length (10 bits), entry index (20 bits). */
    private static final int LENGTH_BITS = 10;
    private static final int ENTRY_BITS = 20;
    private static final int MAX_LENGTH = (1 << LENGTH_BITS) - 1;

    /** A name read at {@code [start, end)}. */
    record Hit(int start, int end, GazetteerEntry entry) {
    }

    private final AhoCorasickDoubleArrayTrie<Integer> automaton = new AhoCorasickDoubleArrayTrie<>();
    private final GazetteerEntry[] entries;

    GazetteerMatcher(List<GazetteerEntry> entries) {
        if (entries.size() >= 1 << ENTRY_BITS) {
            throw new IllegalArgumentException("too many gazetteer entries: " + entries.size());
        }
        this.entries = entries.toArray(GazetteerEntry[]::new);
        TreeMap<String, Integer> index = new TreeMap<>();
        for (int i = 0; i < this.entries.length; i++) {
            String text = this.entries[i].text();
            if (text.length() <= MAX_LENGTH) {
                index.putIfAbsent(text, i);
            }
        }
        automaton.build(index);
    }

    /** The names the text reads as, in text order and not overlapping. */
    List<Hit> match(char[] text) {
        List<Hit> hits = new ArrayList<>();
        int coveredUntil = 0;
        for (long packed : collectHits(text)) {
            int start = (int) (packed >>> 32);
            if (start < coveredUntil) {
                continue;
            }
            int length = MAX_LENGTH - (int) ((packed >>> ENTRY_BITS) & MAX_LENGTH);
            GazetteerEntry entry = entries[(int) (packed & ((1 << ENTRY_BITS) - 1))];
            hits.add(new Hit(start, start + length, entry));
            coveredUntil = start + length;
        }
        return hits;
    }

    /** Every whole-word hit, packed and sorted by start, the longest first at each start. */
    private long[] collectHits(char[] text) {
        long[][] buffer = {new long[64]};
        int[] count = {0};
        automaton.parseText(text, (begin, end, entryIndex) -> {
            GazetteerEntry entry = entries[entryIndex];
            if (entry.alphabetic() && !isWholeWord(text, begin, end)) {
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

    private static boolean isWholeWord(char[] text, int begin, int end) {
        return (begin == 0 || !ScanText.isWordChar(text[begin - 1]))
                && (end == text.length || !ScanText.isWordChar(text[end]));
    }
}
