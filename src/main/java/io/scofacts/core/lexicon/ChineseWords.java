package io.scofacts.core.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * The Chinese words of HanLP's core dictionary with their corpus frequency and most frequent part
 * of speech ({@code lexicon/zh-words.tsv}, derived by {@code tools/derive-hanlp-lexicons.py}).
 * Simplified script. Looked up by char range without allocating: an open-addressing table whose
 * hash is {@link String#hashCode()}, so a caller extends a candidate word one char at a time and
 * probes with the running hash. Loaded once, on first use, shared by every extraction.
 */
public final class ChineseWords {

    public static final String RESOURCE = "lexicon/zh-words.tsv";

    /** The table file's text: every word is looked up where it stands in it, no String per word. */
    private final String pool;
    /** Per slot: the word's offset in {@link #pool} (-1 when free), its length, frequency and tag index. */
    private final int[] offsets;
    private final byte[] lengths;
    private final int[] frequencies;
    private final byte[] tagIndexes;
    private final String[] tagNames;
    private final int mask;
    private final long total;
    private final int maxLength;
    /** The slot of each single-char word (-1 when the char is no word): the lattice asks for them most. */
    private final int[] charSlots;
    /** The longest word starting with each char, so a lookup stops extending early. */
    private final byte[] longestFrom;
    /** Which two-char prefixes some word of three or more chars starts with (hashed). */
    private final BitSet longPrefixes;
    /**
     * Which two-char strings may be words (hashed; a few false positives): most pairs asked for are
     * not words, and this 128 KB filter answers them without touching the large table.
     */
    private final BitSet twoCharWords;

    private static final int PREFIX_BITS = 20;

    private ChineseWords(String table) {
        pool = table;
        charSlots = new int[0x10000];
        longestFrom = new byte[0x10000];
        longPrefixes = new BitSet(1 << PREFIX_BITS);
        twoCharWords = new BitSet(1 << PREFIX_BITS);
        int lines = 0;
        for (int i = 0; i < table.length(); i++) {
            if (table.charAt(i) == '\n') {
                lines++;
            }
        }
        int capacity = Integer.highestOneBit(Math.max(16, lines * 2)) << 1;
        offsets = new int[capacity];
        java.util.Arrays.fill(offsets, -1);
        java.util.Arrays.fill(charSlots, -1);
        lengths = new byte[capacity];
        frequencies = new int[capacity];
        tagIndexes = new byte[capacity];
        mask = capacity - 1;
        Map<String, Integer> tags = new HashMap<>();
        long sum = 0;
        int longest = 0;
        // A hand-written reader: the table has a hundred thousand rows and loads on the first call.
        for (int start = 0, end; start < table.length(); start = end + 1) {
            end = table.indexOf('\n', start);
            end = end < 0 ? table.length() : end;
            if (end == start || table.charAt(start) == '#') {
                continue;
            }
            int tab1 = table.indexOf('\t', start);
            int tab2 = table.indexOf('\t', tab1 + 1);
            int hash = 0;
            for (int i = start; i < tab1; i++) {
                hash = 31 * hash + table.charAt(i);
            }
            int frequency = 0;
            for (int i = tab1 + 1; i < tab2; i++) {
                frequency = frequency * 10 + table.charAt(i) - '0';
            }
            int tagEnd = end > tab2 && table.charAt(end - 1) == '\r' ? end - 1 : end;
            int tag = tags.computeIfAbsent(table.substring(tab2 + 1, tagEnd), t -> tags.size());
            int slot = spread(hash) & mask;
            while (offsets[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            int length = tab1 - start;
            offsets[slot] = start;
            lengths[slot] = (byte) length;
            frequencies[slot] = frequency;
            tagIndexes[slot] = (byte) tag;
            if (length == 1) {
                charSlots[table.charAt(start)] = slot;
            }
            sum += frequency;
            longest = Math.max(longest, length);
            char first = table.charAt(start);
            longestFrom[first] = (byte) Math.max(longestFrom[first], Math.min(length, Byte.MAX_VALUE));
            if (length > 2) {
                longPrefixes.set(prefixHash(table, start));
            } else if (length == 2) {
                twoCharWords.set(prefixHash(table, start));
            }
        }
        tagNames = new String[tags.size()];
        tags.forEach((name, index) -> tagNames[index] = name);
        total = sum;
        maxLength = longest;
    }

    /** The table as the build packed it ({@link PackedArrays}), arrays copied in bulk. */
    private ChineseWords(PackedArrays.Reader packed) {
        pool = packed.text();
        offsets = packed.ints();
        lengths = packed.bytes();
        frequencies = packed.ints();
        tagIndexes = packed.bytes();
        tagNames = packed.strings();
        mask = offsets.length - 1;
        total = packed.longInteger();
        maxLength = packed.integer();
        charSlots = packed.ints();
        longestFrom = packed.bytes();
        longPrefixes = BitSet.valueOf(packed.longs());
        twoCharWords = BitSet.valueOf(packed.longs());
    }

    /**
     * Writes what the packed constructor reads. The pool keeps only the words, not the whole file,
     * so every slot's offset is moved to where its word stands in the shorter pool.
     */
    public void pack(PackedArrays.Writer out) {
        StringBuilder words = new StringBuilder();
        int[] wordOffsets = offsets.clone();
        for (int slot = 0; slot < offsets.length; slot++) {
            if (offsets[slot] >= 0) {
                wordOffsets[slot] = words.length();
                words.append(pool, offsets[slot], offsets[slot] + lengths[slot]);
            }
        }
        out.text(words.toString()).ints(wordOffsets).bytes(lengths).ints(frequencies).bytes(tagIndexes)
                .strings(tagNames).longInteger(total).integer(maxLength).ints(charSlots).bytes(longestFrom)
                .longs(longPrefixes.toLongArray()).longs(twoCharWords.toLongArray());
    }

    public static ChineseWords instance() {
        return Holder.INSTANCE;
    }

    /** The table parsed from its lexicon file, ignoring any packed copy (for packing and for tests). */
    public static ChineseWords parsed() {
        return new ChineseWords(read(RESOURCE));
    }

    private static final class Holder {
        static final ChineseWords INSTANCE = load();

        private static ChineseWords load() {
            PackedArrays.Reader packed = PackedArrays.open(PackedArrays.packedName(RESOURCE));
            return packed != null ? new ChineseWords(packed) : parsed();
        }
    }

    private static String read(String resource) {
        try (InputStream in = ChineseWords.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("lexicon missing from the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
    }

    /**
     * How far a word starting at {@code start} may reach: no word is longer than the longest
     * starting with its first char, and beyond two chars only if some word starts with those two.
     */
    public int longestAt(CharSequence text, int start, int limit) {
        int longest = Math.min(longestFrom[text.charAt(start)], limit - start);
        if (longest > 2 && !longPrefixes.get(prefixHash(text, start))) {
            longest = 2;
        }
        return longest;
    }

    private static int prefixHash(CharSequence text, int start) {
        return spread(31 * text.charAt(start) + text.charAt(start + 1)) >>> (32 - PREFIX_BITS);
    }

    /** The table slot of the word {@code text[start, end)} whose {@link String#hashCode()} is {@code hash}, or -1. */
    public int find(CharSequence text, int start, int end, int hash) {
        int length = end - start;
        if (length == 1) {
            return charSlots[text.charAt(start)];
        }
        if (length == 2 && !twoCharWords.get(spread(hash) >>> (32 - PREFIX_BITS))) {
            return -1;
        }
        for (int slot = spread(hash) & mask; offsets[slot] >= 0; slot = (slot + 1) & mask) {
            if (lengths[slot] == length && sameChars(offsets[slot], length, text, start)) {
                return slot;
            }
        }
        return -1;
    }

    /** The slot of the word {@code text[start, end)}, or -1. */
    public int find(CharSequence text, int start, int end) {
        if (end - start == 1) {
            return charSlots[text.charAt(start)];
        }
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        return find(text, start, end, hash);
    }

    /**
     * Whether a word the dictionary knows first as a plain verb (tag v) ends at {@code end} on a
     * word boundary: "期待", "出席", "启动" before a name belong to the sentence, not the name. Verbal
     * nouns ("合作", "发展", "交流") are common inside names and do not count; nor does a verb that
     * is only a reading of chars belonging to other words ("组织|成员" holds "织成").
     */
    public boolean verbEndsAt(CharSequence text, int end) {
        for (int length = 2; length <= 3 && end - length >= 0; length++) {
            int slot = find(text, end - length, end);
            if (slot >= 0 && "v".equals(tag(slot))) {
                return !wordCrosses(text, end);
            }
        }
        return false;
    }

    /** Whether a word of two to four chars runs across {@code at}, which is then no word boundary. */
    private boolean wordCrosses(CharSequence text, int at) {
        for (int length = 2; length <= 4; length++) {
            for (int start = Math.max(0, at - length + 1); start < at && start + length <= text.length(); start++) {
                if (find(text, start, start + length) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    public int frequency(int slot) {
        return slot < 0 ? 0 : frequencies[slot];
    }

    /** The most frequent part of speech (HanLP's PKU-style tags: n, v, nr, ns, nt, …) of a found word. */
    public String tag(int slot) {
        return slot < 0 ? null : tagNames[tagIndexes[slot]];
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

    private boolean sameChars(int offset, int length, CharSequence text, int start) {
        for (int i = 0; i < length; i++) {
            if (pool.charAt(offset + i) != text.charAt(start + i)) {
                return false;
            }
        }
        return true;
    }
}
