package io.scofacts.core.extract.place;

import java.util.List;
import java.util.Locale;

/**
 * Finds the English zones and Russian regions the gazetteer does not know: one or two capitalised
 * proper names before a zone word ("Angren Free Economic Zone", "Suez Canal Economic Zone",
 * "Jambyl Oblast"), and a
 * capitalised adjective before «область» in any case ("в Жамбылской области" names
 * Жамбылская область). Capitalised common words (The, New, Economic) are not names. The
 * country is the one named right before ("Uzbekistan's Angren Free Economic Zone") or right
 * after ("Актюбинской области Казахстана"), else the gazetteer's for a known region written in
 * a form it does not list (Ферганской областей), else unknown.
 */
final class AlphabeticZoneFinder {

    private static final String OBLAST = "област";
    private static final String OBLAST_NOMINATIVE = "область";
    private static final List<String> FEMININE_ADJECTIVE_ENDINGS = List.of("ая", "ой", "ую", "яя", "ей", "юю");

    private final PlaceLexicon lexicon;

    AlphabeticZoneFinder(PlaceLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Adds the zones found outside the {@code covered} chars. */
    void find(char[] text, boolean[] covered, CountryMarks countries, List<FoundPlace> found) {
        for (int i = 2; i < text.length; i++) {
            if (covered[i] || text[i - 1] != ' ' || !ScanText.isWordChar(text[i])) {
                continue;
            }
            FoundPlace zone = text[i] == 'о' ? oblast(text, covered, countries, i) : englishZone(text, covered, countries, i);
            if (zone != null) {
                found.add(zone);
                i = zone.end() - 1;
            }
        }
    }

    private FoundPlace englishZone(char[] text, boolean[] covered, CountryMarks countries, int suffixStart) {
        String suffix = lexicon.englishZoneSuffixes.longestAt(text, suffixStart);
        if (suffix == null) {
            return null;
        }
        int end = suffixStart + suffix.length();
        int stemStart = previousWordStart(text, suffixStart - 1);
        if (end < text.length && ScanText.isWordChar(text[end]) || !isProperName(text, covered, countries, stemStart, suffixStart - 1)) {
            return null;
        }
        String stem = new String(text, stemStart, suffixStart - 1 - stemStart);
        if (lexicon.englishNotNames.contains(stem)) {
            return null;
        }
        // "Suez Canal Economic Zone": a proper name of two words, both capitalised and no common word
        int firstStart = stemStart > 1 && text[stemStart - 1] == ' ' ? previousWordStart(text, stemStart - 1) : -1;
        if (firstStart >= 0 && isProperName(text, covered, countries, firstStart, stemStart - 1)
                && !lexicon.englishNotNames.contains(new String(text, firstStart, stemStart - 1 - firstStart))) {
            stemStart = firstStart;
        }
        return new FoundPlace(stemStart, end, stemStart, end, countryAround(text, countries, stemStart, end), null);
    }

    private FoundPlace oblast(char[] text, boolean[] covered, CountryMarks countries, int wordStart) {
        if (!startsWith(text, wordStart, OBLAST)) {
            return null;
        }
        int end = wordStart + OBLAST.length();
        while (end < text.length && ScanText.isWordChar(text[end]) && end - wordStart < OBLAST_NOMINATIVE.length() + 1) {
            end++;
        }
        int stemStart = previousWordStart(text, wordStart - 1);
        if (end < text.length && ScanText.isWordChar(text[end]) || !isProperName(text, covered, countries, stemStart, wordStart - 1)) {
            return null;
        }
        String adjective = new String(text, stemStart, wordStart - 1 - stemStart);
        String ending = adjective.substring(Math.max(0, adjective.length() - 2)).toLowerCase(Locale.ROOT);
        if (adjective.length() < 5 || !FEMININE_ADJECTIVE_ENDINGS.contains(ending)) {
            return null;
        }
        boolean soft = ending.equals("яя") || ending.equals("ей") || ending.equals("юю");
        String nominative = adjective.substring(0, adjective.length() - 2) + (soft ? "яя" : "ая") + " " + OBLAST_NOMINATIVE;
        String country = countryAround(text, countries, stemStart, end);
        return new FoundPlace(stemStart, end, stemStart, end,
                country != null ? country : lexicon.russianCountries.get(nominative), nominative);
    }

    /** The country named just before {@code start} (a possessive 's between) or just after {@code end}. */
    private static String countryAround(char[] text, CountryMarks countries, int start, int end) {
        int before = start - 1;
        while (before >= 0 && text[before] == ' ') {
            before--;
        }
        if (before >= 1 && text[before] == 's' && (text[before - 1] == '\'' || text[before - 1] == '\u2019')) {
            before -= 2;
        }
        String code = before >= 0 && before >= start - 4 ? countries.codeAt(before) : null;
        if (code == null && end < text.length && text[end] == ' ') {
            code = countries.codeAt(end + 1);
        }
        return code;
    }

    private static int previousWordStart(char[] text, int wordEnd) {
        int start = wordEnd;
        while (start > 0 && (ScanText.isWordChar(text[start - 1]) || text[start - 1] == '-')) {
            start--;
        }
        return start;
    }

    /** A capitalised word, not all capitals (SCO), not part of a place or a country already found. */
    private static boolean isProperName(char[] text, boolean[] covered, CountryMarks countries, int start, int end) {
        if (end - start < 2 || !Character.isUpperCase(text[start])) {
            return false;
        }
        boolean lowerCase = false;
        for (int i = start; i < end; i++) {
            if (covered[i] || countries.codeAt(i) != null) {
                return false;
            }
            lowerCase |= Character.isLowerCase(text[i]);
        }
        return lowerCase;
    }

    private static boolean startsWith(char[] text, int at, String prefix) {
        if (at + prefix.length() > text.length) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (text[at + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
