package io.scofacts.core.extract.organization;

import java.util.ArrayList;
import java.util.List;

/**
 * English text often names a company by its brand alone, with no head noun to find it by. Some
 * places in a sentence hold only a body: the partner slot after a partnership phrase ("joint
 * projects with Orion and Vexa", "in partnership with China Telecom"), the owner of a part only
 * a body has ("Orion's headquarters", "representatives of Vexa", "the Orion delegation") and the
 * name after a descriptor of a body ("mobile operator Vexa"); all from
 * {@code lexicon/organization-en-relations.tsv}. What stands there is an organisation when it is
 * one capitalised word that no earlier recogniser took for a country or place and that is no
 * title, head or common capitalised word, or a country's name followed by such words (a national
 * company: "Kazakhstan Temir Zholy"). Longer runs with no head noun are left alone: they are as
 * often people.
 */
final class BrandSlots {

    private static final String PARTNER_JOINER = " with ";
    private static final String PARTIES_JOINER = " between ";
    private static final int MAX_WORDS = 3;
    private static final int MAX_ITEMS = 4;
    private static final String[] ITEM_SEPARATORS = {", and ", " and ", ", "};
    /** Month and weekday names, from the JDK's English calendar data: "signed between May and June". */
    /** Built on first use: the JDK's locale data costs a fresh process milliseconds, and only English text asks. */
    private static final class CalendarWords {
        static final java.util.Set<String> ENGLISH = calendarWords();
    }

    private final OrganizationLexicon lexicon;

    BrandSlots(OrganizationLexicon lexicon) {
        this.lexicon = lexicon;
    }

    void find(ArticleScan scan, List<Candidate> out) {
        String m = scan.match;
        List<Candidate> found = new ArrayList<>();
        for (List<String> cues : List.of(lexicon.englishPartnerCues, lexicon.englishPartiesCues)) {
            String joiner = cues == lexicon.englishPartnerCues ? PARTNER_JOINER : PARTIES_JOINER;
            for (String cue : cues) {
                String phrase = cue + joiner;
                for (int at = m.indexOf(phrase); at >= 0; at = m.indexOf(phrase, at + 1)) {
                    if (at > 0 && Character.isLetter(m.charAt(at - 1))) {
                        continue;
                    }
                    partners(scan, at + phrase.length(), out, found);
                }
            }
        }
        for (String part : lexicon.englishBodyParts) {
            for (String possessive : List.of("'s " + part, "’s " + part)) {
                for (int at = m.indexOf(possessive); at >= 0; at = m.indexOf(possessive, at + 1)) {
                    int after = at + possessive.length();
                    if (after < m.length() && Character.isLetter(m.charAt(after))) {
                        continue;
                    }
                    Candidate owner = ownerEndingAt(scan, at);
                    if (owner != null) {
                        found.add(owner);
                    }
                }
            }
        }
        for (String part : lexicon.englishBodyParts) {
            // "the headquarters of Orion", "representatives of Vexatel and Orinex"
            String capitalised = Character.toUpperCase(part.charAt(0)) + part.substring(1);
            for (String written : List.of(part + " of ", capitalised + " of ")) {
                for (int at = m.indexOf(written); at >= 0; at = m.indexOf(written, at + 1)) {
                    if (at == 0 || !Character.isLetter(m.charAt(at - 1))) {
                        partners(scan, at + written.length(), out, found);
                    }
                }
            }
        }
        for (String part : lexicon.englishBodyPartsAfterName) {
            // "the Orion delegation", "Vexatel representatives said"
            for (int at = m.indexOf(" " + part); at > 0; at = m.indexOf(" " + part, at + 1)) {
                int after = at + 1 + part.length();
                if (after < m.length() && Character.isLetter(m.charAt(after))) {
                    continue;
                }
                Candidate named = ownerEndingAt(scan, at);
                if (named != null && !startsCapitalisedRun(m, named.start())) {
                    found.add(named);
                }
            }
        }
        for (String descriptor : lexicon.englishBodyDescriptors) {
            // "Chinese telecommunications company Vexatel", "mobile operator Orinex"
            String phrase = descriptor + " ";
            for (int at = m.indexOf(phrase); at >= 0; at = m.indexOf(phrase, at + 1)) {
                int start = at + phrase.length();
                if (at > 0 && Character.isLetter(m.charAt(at - 1)) || start >= m.length()) {
                    continue;
                }
                int end = runEnd(m, start);
                Candidate brand = end > start ? judged(scan, start, end) : null;
                if (brand != null) {
                    found.add(brand);
                }
            }
        }
        out.addAll(found);
    }

    /** The end of a body found before that starts at {@code at}, else -1. */
    private static int knownEnd(List<Candidate> known, int at) {
        for (Candidate candidate : known) {
            if (candidate.start() == at) {
                return candidate.end();
            }
        }
        return -1;
    }

    /** Whether a capitalised word stands right before {@code start}: the name would be the tail of a longer one. */
    private static boolean startsCapitalisedRun(String m, int start) {
        if (start < 2 || m.charAt(start - 1) != ' ') {
            return false;
        }
        int wordStart = start - 1;
        while (wordStart > 0 && isWordChar(m.charAt(wordStart - 1))) {
            wordStart--;
        }
        return wordStart < start - 1 && Character.isUpperCase(m.charAt(wordStart));
    }

    /**
     * The items of the list in the partner slot at {@code start}, while each one is a brand or a
     * body found before ("between JSC “Orion” and China Telecom").
     */
    private void partners(ArticleScan scan, int start, List<Candidate> known, List<Candidate> found) {
        String m = scan.match;
        int at = start;
        for (int item = 0; item < MAX_ITEMS; item++) {
            int end = knownEnd(known, at);
            if (end < 0) {
                end = runEnd(m, at);
                Candidate brand = end > at ? judged(scan, at, end) : null;
                if (brand == null) {
                    return;
                }
                found.add(brand);
            }
            int next = -1;
            for (String separator : ITEM_SEPARATORS) {
                if (m.startsWith(separator, end)) {
                    next = end + separator.length();
                    break;
                }
            }
            if (next < 0) {
                return;
            }
            at = next;
        }
    }

    /** The brand whose possessive "'s" starts at {@code apostrophe}: one word, or a country's name and words. */
    private Candidate ownerEndingAt(ArticleScan scan, int apostrophe) {
        String m = scan.match;
        int start = apostrophe;
        int words = 0;
        Candidate best = null;
        while (words < MAX_WORDS) {
            int wordStart = start;
            while (wordStart > 0 && isWordChar(m.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordStart == start || !Character.isUpperCase(m.charAt(wordStart))) {
                break;
            }
            words++;
            Candidate judged = judged(scan, wordStart, apostrophe);
            if (judged != null) {
                best = judged;
            }
            if (wordStart < 1 || m.charAt(wordStart - 1) != ' ') {
                break;
            }
            start = wordStart - 1;
        }
        return best;
    }

    /** The run at {@code [start, end)} as an organisation, or null when the judges say it is none. */
    private Candidate judged(ArticleScan scan, int start, int end) {
        String m = scan.match;
        if (start > 0 && Character.isLetterOrDigit(m.charAt(start - 1))) {
            return null;
        }
        int countryEnd = scan.countryEnd(start);
        if (countryEnd >= end || scan.placeEnd(start) >= end) {
            return null;
        }
        if (countryEnd > start) {
            // "China Telecom": a country's name, then capitalised words of its own
            return m.charAt(countryEnd) == ' ' && allNameWords(m, countryEnd + 1, end)
                    ? new Candidate(start, end, scan.countryCode(start)) : null;
        }
        String word = m.substring(start, end);
        if (word.indexOf(' ') >= 0 || word.length() < 2 || !isNameWord(word)) {
            return null;
        }
        return new Candidate(start, end, null);
    }

    private boolean allNameWords(String m, int start, int end) {
        for (String word : m.substring(start, end).split(" ")) {
            if (!isNameWord(word)) {
                return false;
            }
        }
        return true;
    }

    private boolean isNameWord(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !lexicon.englishStops.contains(word)
                && !lexicon.englishTitles.contains(word) && !lexicon.englishGeneric.contains(word)
                && !lexicon.englishHeads.contains(word) && !lexicon.englishNonOrganization.contains(word)
                && !lexicon.englishNationalities.contains(word) && !CalendarWords.ENGLISH.contains(word);
    }

    /** The end of a run of up to {@link #MAX_WORDS} capitalised words at {@code start}, one space apart; start if none. */
    private static int runEnd(String m, int start) {
        int end = start;
        int at = start;
        for (int words = 0; words < MAX_WORDS && at < m.length() && Character.isUpperCase(m.charAt(at)); words++) {
            int wordEnd = at;
            while (wordEnd < m.length() && isWordChar(m.charAt(wordEnd))) {
                wordEnd++;
            }
            end = wordEnd;
            if (wordEnd + 1 < m.length() && m.charAt(wordEnd) == ' ' && Character.isUpperCase(m.charAt(wordEnd + 1))) {
                at = wordEnd + 1;
            } else {
                break;
            }
        }
        return end;
    }

    private static java.util.Set<String> calendarWords() {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (java.time.Month month : java.time.Month.values()) {
            words.add(month.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH));
            words.add(month.getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH));
        }
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            words.add(day.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH));
        }
        return java.util.Set.copyOf(words);
    }

    private static boolean isWordChar(char c) {
        return c < 0x250 && (Character.isLetterOrDigit(c) || c == '&' || c == '-');
    }
}
