package io.scofacts.core.extract.organization;

import java.util.List;
import java.util.Set;

/**
 * In a Russian story, a name written in Latin letters is a brand or a body far more often than
 * anything else ("Facebook", "MySQL", "Channel 4", "The Independent", and sites: "Lenta.ru",
 * "24.kg"): every run of capitalised Latin words (digits and "&" inside; a site's domain as one
 * word) is an organisation candidate. A lower-case Latin word other than a site names nothing
 * here ("iPhone" is a product), nor does one Latin letter or a Roman numeral.
 */
final class LatinBrands {

    private static final int MAX_WORDS = 8;
    private static final String LEGAL_TAIL = ", Ltd";
    private static final Set<String> DOMAINS = Set.of("ru", "com", "org", "net", "info", "su", "kg", "kz", "uz",
            "tj", "cn", "by", "ua", "io", "tv", "uk", "de");

    void find(ArticleScan scan, List<Candidate> out) {
        String m = scan.match;
        int i = 0;
        int n = m.length();
        while (i < n) {
            if (!isLatinOrDigit(m.charAt(i)) || i > 0 && (Character.isLetterOrDigit(m.charAt(i - 1)) || m.charAt(i - 1) == '.')) {
                i++;
                continue;
            }
            int start = i;
            int end = -1;
            int words = 0;
            int at = i;
            while (at < n && words < MAX_WORDS) {
                int wordEnd = wordEnd(m, at);
                if (wordEnd == at || !namesSomething(m, at, wordEnd)) {
                    break;
                }
                end = wordEnd;
                words++;
                if (wordEnd + 1 < n && (m.charAt(wordEnd) == ' ' || m.charAt(wordEnd) == '&') && isLatinOrDigit(m.charAt(wordEnd + 1))) {
                    at = wordEnd + 1;
                } else if (wordEnd + 3 < n && m.startsWith(" & ", wordEnd) && isLatinOrDigit(m.charAt(wordEnd + 3))) {
                    at = wordEnd + 3;
                } else if (m.startsWith(LEGAL_TAIL, wordEnd) || m.startsWith(".", wordEnd) && m.startsWith(LEGAL_TAIL, wordEnd + 1)) {
                    // "… Technology Co., Ltd": the legal form after a comma belongs to the name
                    end = wordEnd + (m.charAt(wordEnd) == '.' ? 1 : 0) + LEGAL_TAIL.length();
                    break;
                } else {
                    break;
                }
            }
            if (end > start && hasLatinLetter(m, start, end) && !gluedToWord(m, start, end) && !romanNumeral(m, start, end)) {
                out.add(new Candidate(start, end, null));
                i = end;
            } else {
                i = Math.max(i + 1, end);
            }
        }
    }

    /** The end of a Latin word at {@code at}: letters, digits, inner "-", "." and "'" before a letter or digit. */
    private static int wordEnd(String m, int at) {
        int i = at;
        while (i < m.length() && (isLatinOrDigit(m.charAt(i)) || (m.charAt(i) == '-' || m.charAt(i) == '.' || m.charAt(i) == '\'')
                && i + 1 < m.length() && isLatinOrDigit(m.charAt(i + 1)))) {
            i++;
        }
        return i < m.length() && Character.isLetter(m.charAt(i)) ? at : i;
    }

    /** A capitalised word, a word with a digit and a capital ("G-20"), or a site's domain ("baltinfo.ru"). */
    private static boolean namesSomething(String m, int start, int end) {
        char first = m.charAt(start);
        if (end - start == 1) {
            return false;
        }
        if (first >= 'A' && first <= 'Z') {
            return true;
        }
        int dot = m.lastIndexOf('.', end - 1);
        return dot > start && DOMAINS.contains(m.substring(dot + 1, end).toLowerCase(java.util.Locale.ROOT));
    }

    /** "IT-компании", "интернет-TV": a Latin part of a hyphenated word is no name of its own. */
    private static boolean gluedToWord(String m, int start, int end) {
        boolean before = start >= 2 && m.charAt(start - 1) == '-' && Character.isLetterOrDigit(m.charAt(start - 2));
        boolean after = end + 1 < m.length() && m.charAt(end) == '-' && Character.isLetterOrDigit(m.charAt(end + 1));
        return before || after;
    }

    /** "IV Совещание", "XXI век": a Roman numeral counts, it names nothing. */
    private static boolean romanNumeral(String m, int start, int end) {
        for (int i = start; i < end; i++) {
            if ("IVXLCDM".indexOf(m.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLatinLetter(String m, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = Character.toLowerCase(m.charAt(i));
            if (c >= 'a' && c <= 'z') {
                return true;
            }
        }
        return false;
    }

    static boolean isLatinOrDigit(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }
}
