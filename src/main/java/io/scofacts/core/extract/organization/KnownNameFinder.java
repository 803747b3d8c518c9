package io.scofacts.core.extract.organization;

import java.util.List;

/**
 * Well-known bodies by their own names (上海合作组织, SCO, ШОС, 新华社 …); Latin and Cyrillic names
 * only as whole words.
 */
final class KnownNameFinder {

    private final OrganizationLexicon lexicon;

    KnownNameFinder(OrganizationLexicon lexicon) {
        this.lexicon = lexicon;
    }

    void find(ArticleScan scan, List<Candidate> out) {
        String m = scan.match;
        int i = 0;
        while (i < m.length()) {
            String name = lexicon.knownNames.startingAt(m, i);
            if (name != null && wholeWord(m, i, i + name.length())) {
                out.add(new Candidate(i, i + name.length(), lexicon.knownCountry.get(name)));
                i += name.length();
            } else {
                i++;
            }
        }
    }

    static boolean wholeWord(String m, int start, int end) {
        if (ChineseText.isHan(m.charAt(start))) {
            return true;
        }
        return (start == 0 || !continuesWord(m.charAt(start - 1)))
                && (end >= m.length() || !continuesWord(m.charAt(end)));
    }

    /** Chinese text writes a Latin name with no space around it: a Han char next to it ends it. */
    private static boolean continuesWord(char c) {
        return Character.isLetterOrDigit(c) && !ChineseText.isHan(c);
    }
}
