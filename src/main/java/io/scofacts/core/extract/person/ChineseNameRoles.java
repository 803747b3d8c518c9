package io.scofacts.core.extract.person;

import io.scofacts.core.lexicon.LexiconFile;
import java.util.HashMap;
import java.util.Map;

/**
 * How often each character plays each part of a Chinese personal name in HanLP's role-tagged
 * corpus ({@code lexicon/zh-name-roles.tsv}, derived by {@code tools/derive-hanlp-lexicons.py}):
 * surname (B), first and last char of a two-char given name (C, D), a one-char given name (E), a
 * two-char given name that is also a word (Z), and the words standing right before (K) and after
 * (L) a name. Read once; the counts become log-probabilities of each role.
 */
final class ChineseNameRoles {

    enum Role { B, C, D, E, Z, K, L }

    private static final int CHARS = 0x10000;

    private final int[][] charCounts = new int[Role.values().length][CHARS];
    /** Two-char entries by their chars packed into one int (first << 16 | second). */
    private final Map<Integer, int[]> wordCounts = new HashMap<>();
    private final long[] totals = new long[Role.values().length];

    ChineseNameRoles() {
        for (String[] row : LexiconFile.read("lexicon/zh-name-roles.tsv")) {
            int[] counts = new int[Role.values().length];
            for (int r = 0; r < counts.length; r++) {
                counts[r] = Integer.parseInt(row[r + 1]);
                totals[r] += counts[r];
            }
            if (row[0].length() == 1) {
                for (int r = 0; r < counts.length; r++) {
                    charCounts[r][row[0].charAt(0)] = counts[r];
                }
            } else {
                wordCounts.put(pair(row[0], 0), counts);
            }
        }
    }

    int count(Role role, char c) {
        return charCounts[role.ordinal()][c];
    }

    /** The count of a two-char entry ("建华" as Z, "表示" as L), or 0. */
    int count(Role role, CharSequence text, int start) {
        int[] counts = wordCounts.get(pair(text, start));
        return counts == null ? 0 : counts[role.ordinal()];
    }

    private static int pair(CharSequence text, int start) {
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
