package io.scofacts.core.extract.person;

import io.scofacts.core.lexicon.LexiconFile;
import io.scofacts.core.lexicon.PackedArrays;
import java.util.List;

/**
 * How often each character plays each part of a Chinese personal name in HanLP's role-tagged
 * corpus ({@code lexicon/zh-name-roles.tsv}, derived by {@code tools/derive-hanlp-lexicons.py}):
 * surname (B), first and last char of a two-char given name (C, D), a one-char given name (E), a
 * two-char given name that is also a word (Z), and the words standing right before (K) and after
 * (L) a name. Read once; the counts become log-probabilities of each role.
 */
public final class ChineseNameRoles {

    enum Role { B, C, D, E, Z, K, L }

    private static final int CHARS = 0x10000;

    private static final int ROLES = Role.values().length;
    /** No pair of chars packs to this key: both would be U+FFFF, a noncharacter. */
    private static final int FREE = -1;

    public static final String RESOURCE = "lexicon/zh-name-roles.tsv";

    private final int[][] charCounts;
    /**
     * Two-char entries, open addressing on the chars packed into one int: slot i holds the key
     * {@code pairKeys[i]} and its counts at {@code pairCounts[i * ROLES + role]}. Flat arrays, not a
     * map of boxed keys: the lattice asks for a pair at almost every char, and pointer chasing
     * through a map's nodes was most of what that cost.
     */
    private final int[] pairKeys;
    private final int[] pairCounts;
    private final int pairMask;
    private final long[] totals;

    /** The table as the build packed it ({@link PackedArrays}), or else parsed from its lexicon file. */
    static ChineseNameRoles load() {
        PackedArrays.Reader packed = PackedArrays.open(PackedArrays.packedName(RESOURCE));
        return packed != null ? new ChineseNameRoles(packed) : parsed();
    }

    /** The table parsed from its lexicon file, ignoring any packed copy (for packing and for tests). */
    public static ChineseNameRoles parsed() {
        return new ChineseNameRoles(LexiconFile.read(RESOURCE));
    }

    private ChineseNameRoles(PackedArrays.Reader packed) {
        charCounts = new int[ROLES][];
        for (int r = 0; r < ROLES; r++) {
            charCounts[r] = packed.ints();
        }
        pairKeys = packed.ints();
        pairCounts = packed.ints();
        pairMask = pairKeys.length - 1;
        totals = packed.longs();
    }

    /** Writes what the packed constructor reads. */
    public void pack(PackedArrays.Writer out) {
        for (int[] counts : charCounts) {
            out.ints(counts);
        }
        out.ints(pairKeys).ints(pairCounts).longs(totals);
    }

    private ChineseNameRoles(List<String[]> rows) {
        charCounts = new int[ROLES][CHARS];
        totals = new long[ROLES];
        int capacity = Integer.highestOneBit(Math.max(16, rows.size() * 2)) << 1;
        pairKeys = new int[capacity];
        java.util.Arrays.fill(pairKeys, FREE);
        pairCounts = new int[capacity * ROLES];
        pairMask = capacity - 1;
        for (String[] row : rows) {
            int[] counts = new int[ROLES];
            for (int r = 0; r < ROLES; r++) {
                counts[r] = Integer.parseInt(row[r + 1]);
                totals[r] += counts[r];
            }
            if (row[0].length() == 1) {
                for (int r = 0; r < ROLES; r++) {
                    charCounts[r][row[0].charAt(0)] = counts[r];
                }
            } else {
                int key = key(row[0], 0);
                int slot = slotOf(key);
                pairKeys[slot] = key;
                System.arraycopy(counts, 0, pairCounts, slot * ROLES, ROLES);
            }
        }
    }

    /** The slot holding {@code key}, or the free slot where it would go. */
    private int slotOf(int key) {
        int h = key * 0x9E3779B1;
        int slot = (h ^ h >>> 16) & pairMask;
        while (pairKeys[slot] != FREE && pairKeys[slot] != key) {
            slot = (slot + 1) & pairMask;
        }
        return slot;
    }

    int count(Role role, char c) {
        return charCounts[role.ordinal()][c];
    }

    /** The count of a two-char entry ("建华" as Z, "表示" as L), or 0. */
    int count(Role role, CharSequence text, int start) {
        int slot = slotOf(key(text, start));
        return pairKeys[slot] == FREE ? 0 : pairCounts[slot * ROLES + role.ordinal()];
    }

    private static int key(CharSequence text, int start) {
        return text.charAt(start) << 16 | text.charAt(start + 1);
    }

    /** The negative log-probability of {@code count} among all entries of {@code role} (add-half smoothing). */
    double cost(Role role, int count) {
        return -Math.log((count + 0.5) / totals[role.ordinal()]);
    }

    long total(Role role) {
        return totals[role.ordinal()];
    }
}
