package io.scofacts.core.extract.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names listed together are names of one kind. In Latin-script text, a list of capitalised
 * names ("A, B and C") is a list of organisations when a plural noun for bodies introduces it
 * ("platforms such as AliExpress, Temu and Shein", "companies including …"), or when one of
 * its names is already an organisation ("Uzbekistan's IT Park, Kazakhstan's Astana Hub and
 * China's Growth Vision Pro Ltd."): its other names become organisations too. A list with a
 * country or place in it is a list of places, and nothing is added. A possessive before a name
 * (a country's, a city's) is not part of it.
 */
final class CoordinatedNames {

    private static final int MAX_ITEM_WORDS = 6;
    /** How many words may stand between the plural noun and "such as" ("companies from China such as"). */
    private static final int MAX_CUE_GAP = 4;
    private static final Set<String> INTRODUCERS = Set.of("such as", "including", "like", "namely", "e.g.");
    private static final Set<String> INNER_WORDS = Set.of("of", "for", "de", "&");
    /** Between the names of a list; the longest one at a place wins (", and " over ", "). */
    private static final WordTable SEPARATORS = new WordTable(List.of(", and ", ", or ", " and ", " or ", ", "));

    private final Set<String> listHeads;

    CoordinatedNames(OrganizationLexicon lexicon) {
        this.listHeads = lexicon.englishListHeads;
    }

    /** Adds the listed names no candidate covers yet. */
    void find(ArticleScan scan, List<Candidate> candidates) {
        String m = scan.match;
        List<Candidate> added = new ArrayList<>();
        int at = 0;
        while (at < m.length()) {
            int[] first = itemAt(m, at);
            if (first == null) {
                at++;
                continue;
            }
            List<int[]> items = new ArrayList<>();
            items.add(first);
            boolean joined = false;
            int end = first[1];
            while (true) {
                String separator = SEPARATORS.startingAt(m, end);
                int[] next = separator == null ? null : itemAt(m, end + separator.length());
                if (next == null) {
                    break;
                }
                items.add(next);
                end = next[1];
                if (!separator.equals(", ")) {
                    joined = true;
                    break; // "and" ends the list
                }
            }
            if (items.size() >= 2 && joined && !namesAPlace(scan, m, items)
                    && (introducedAsBodies(m, first[2]) || anyIsOrganization(items, candidates))) {
                for (int[] item : items) {
                    if (candidates.stream().noneMatch(c -> c.start() < item[1] && item[0] < c.end())) {
                        // "Uzbekistan's IT Park": a country owning the body is its country
                        boolean countryOwner = item[2] < item[0] && scan.countryEnd(item[2]) == item[0] - "'s ".length();
                        added.add(new Candidate(item[0], item[1], countryOwner ? scan.countryCode(item[2]) : null));
                    }
                }
            }
            at = Math.max(at + 1, end);
        }
        candidates.addAll(added);
    }

    /**
     * The name starting at {@code at}: {start, end, where its text begins (before a possessive)},
     * or null. Capitalised words, "of"/"for"/"&" between them, a trailing "Ltd."-like word.
     */
    private static int[] itemAt(String m, int at) {
        if (at >= m.length() || !isCapitalLatin(m.charAt(at)) || at > 0 && Character.isLetterOrDigit(m.charAt(at - 1))) {
            return null;
        }
        int begins = at;
        int wordEnd = wordEnd(m, at);
        // "Uzbekistan's IT Park": the possessive names the owner, the name follows it
        if (m.startsWith("'s ", wordEnd) || m.startsWith("’s ", wordEnd)) {
            at = wordEnd + 3;
            if (at >= m.length() || !isCapitalLatin(m.charAt(at))) {
                return null;
            }
            wordEnd = wordEnd(m, at);
        }
        int start = at;
        int end = wordEnd;
        int words = 1;
        while (words < MAX_ITEM_WORDS && end + 1 < m.length() && m.charAt(end) == ' ') {
            int next = end + 1;
            int nextEnd = wordEnd(m, next);
            if (nextEnd > next && isCapitalLatin(m.charAt(next)) && !m.startsWith("'s", nextEnd) && !m.startsWith("’s", nextEnd)) {
                end = nextEnd;
                words++;
                continue;
            }
            String inner = m.substring(next, Math.max(next, nextEnd));
            if (INNER_WORDS.contains(inner) && nextEnd + 1 < m.length() && m.charAt(nextEnd) == ' '
                    && isCapitalLatin(m.charAt(nextEnd + 1))) {
                end = nextEnd;
                words++;
                continue;
            }
            break;
        }
        if (end < m.length() && m.charAt(end) == '.' && isLegalAbbreviation(m.substring(start, end))) {
            end++;
        }
        return new int[] {start, end, begins};
    }

    private static boolean isLegalAbbreviation(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(" ltd") || lower.endsWith(" inc") || lower.endsWith(" co") || lower.endsWith(" corp");
    }

    private static int wordEnd(String m, int at) {
        int k = at;
        while (k < m.length() && (LatinBrands.isLatinOrDigit(m.charAt(k)) || m.charAt(k) == '-' && k + 1 < m.length()
                && LatinBrands.isLatinOrDigit(m.charAt(k + 1)))) {
            k++;
        }
        return k;
    }

    /** Whether "companies such as", "platforms including" stands right before {@code at}. */
    private boolean introducedAsBodies(String m, int at) {
        String before = m.substring(Math.max(0, at - 120), at).toLowerCase(Locale.ROOT).stripTrailing();
        String introducer = INTRODUCERS.stream().filter(before::endsWith).findFirst().orElse(null);
        if (introducer == null) {
            return false;
        }
        String[] words = before.substring(0, before.length() - introducer.length()).replace(",", " ").trim().split("\\s+");
        for (int k = words.length - 1; k >= 0 && k >= words.length - 1 - MAX_CUE_GAP; k--) {
            if (listHeads.contains(words[k])) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyIsOrganization(List<int[]> items, List<Candidate> candidates) {
        for (int[] item : items) {
            for (Candidate candidate : candidates) {
                if (candidate.start() >= item[2] && candidate.start() <= item[0]
                        && Math.abs(candidate.end() - item[1]) <= 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether an item ends with a whole country or place ("Tashkent", "In Tashkent", not "Astana Hub"). */
    private static boolean namesAPlace(ArticleScan scan, String m, List<int[]> items) {
        for (int[] item : items) {
            for (int word = item[0]; word >= 0 && word < item[1]; word = m.indexOf(' ', word) + 1) {
                if (scan.countryEnd(word) == item[1] || scan.placeEnd(word) == item[1]) {
                    return true;
                }
                if (m.indexOf(' ', word) < 0) {
                    break;
                }
            }
        }
        return false;
    }

    private static boolean isCapitalLatin(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
