package io.scofacts.core.extract.place;

import io.scofacts.core.extract.place.PlaceLexicon.SuffixKind;

/**
 * Reads an English or Russian place name found at {@code [start, end)} in context: extends it
 * over a following unit word ("Tianjin Port", "Binhai New Area"; a level word such as
 * "Province" is covered but left out of the name), takes in a leading "Port of", and drops it
 * when capitalised words after it close an organisation's name ("Tianjin University",
 * "Tianjin Port Group") or it follows "Bank of" and the like.
 */
final class AlphabeticPlaceReading {

    private static final String PORT_OF = "Port of ";
    /** Capitalised words after a place that may still belong to one organisation's name. */
    private static final int ORGANIZATION_REACH = 4;
    /** Capitalised words between a place and the zone word of a zone named after it. */
    private static final int MAX_ZONE_WORDS = 3;

    private final PlaceLexicon lexicon;

    AlphabeticPlaceReading(PlaceLexicon lexicon) {
        this.lexicon = lexicon;
    }

    FoundPlace read(char[] text, int start, int end, GazetteerEntry entry) {
        int spanEnd = end;
        int nameEnd = end;
        boolean named = false;
        int zoneEnd = zoneEnd(text, end);
        if (zoneEnd > 0) {
            spanEnd = zoneEnd;
            nameEnd = zoneEnd;
            named = true;
        } else if (spanEnd < text.length && text[spanEnd] == ' ') {
            String suffix = lexicon.englishSuffixes.longestAt(text, spanEnd + 1);
            int after = suffix == null ? -1 : spanEnd + 1 + suffix.length();
            if (suffix != null && (after == text.length || !ScanText.isWordChar(text[after]))) {
                spanEnd = after;
                if (lexicon.englishSuffixKinds.get(suffix) != SuffixKind.LEVEL) {
                    nameEnd = after;
                    named = true;
                }
            }
        }
        int nameStart = startsWith(text, start - PORT_OF.length(), PORT_OF) ? start - PORT_OF.length() : start;
        if (entry.kind().needsEvidence() && !named) {
            return null;
        }
        if (organizationFollows(text, spanEnd) || organizationPrecedes(text, nameStart)) {
            return null;
        }
        String name = entry.name() == null || nameStart != start || nameEnd != end ? null : entry.name();
        return new FoundPlace(nameStart, spanEnd, nameStart, nameEnd, entry.country(), name);
    }

    /**
     * Where a zone named after the place ends, when capitalised words and a unit or zone word follow it
     * ("Suez Canal Economic Zone", "Horgos Border Free Trade Zone"), else −1: the place is then
     * the first word of the zone's name. A word that closes an organisation's name stops it.
     */
    private int zoneEnd(char[] text, int from) {
        int at = from;
        for (int w = 0; w < MAX_ZONE_WORDS && at < text.length && text[at] == ' '; w++) {
            int wordStart = at + 1;
            String zone = lexicon.englishSuffixes.longestAt(text, wordStart);
            int zoneEnd = zone == null ? -1 : wordStart + zone.length();
            if (zone != null && w > 0 && lexicon.englishSuffixKinds.get(zone) != SuffixKind.LEVEL
                    && (zoneEnd == text.length || !ScanText.isWordChar(text[zoneEnd]))) {
                return zoneEnd;
            }
            int wordEnd = wordStart;
            while (wordEnd < text.length && ScanText.isWordChar(text[wordEnd])) {
                wordEnd++;
            }
            if (wordEnd == wordStart || !Character.isUpperCase(text[wordStart])
                    || lexicon.englishOrganizationWords.contains(new String(text, wordStart, wordEnd - wordStart))) {
                return -1;
            }
            at = wordEnd;
        }
        return -1;
    }

    private boolean organizationFollows(char[] text, int from) {
        int at = from;
        for (int w = 0; w < ORGANIZATION_REACH; w++) {
            if (at >= text.length || text[at] != ' ') {
                return false;
            }
            int wordEnd = at + 1;
            while (wordEnd < text.length && (ScanText.isWordChar(text[wordEnd]) || text[wordEnd] == '.'
                    || text[wordEnd] == '-' || text[wordEnd] == '&')) {
                wordEnd++;
            }
            String word = new String(text, at + 1, wordEnd - at - 1);
            String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
            if (lexicon.englishOrganizationWords.contains(word) || lexicon.englishOrganizationWords.contains(bare)) {
                return true;
            }
            boolean joins = word.equals("of") || word.equals("and") || word.equals("for") || word.equals("&");
            if (word.isEmpty() || !(joins || Character.isUpperCase(word.charAt(0)))) {
                return false;
            }
            at = wordEnd;
        }
        return false;
    }

    /** "Bank of Beijing", "University of Tehran": the place is the end of an organisation's name. */
    private boolean organizationPrecedes(char[] text, int start) {
        int ofStart = start - "of ".length();
        if (!startsWith(text, ofStart, "of ") || ofStart < 2 || text[ofStart - 1] != ' ') {
            return false;
        }
        int wordEnd = ofStart - 1;
        int wordStart = wordEnd;
        while (wordStart > 0 && ScanText.isWordChar(text[wordStart - 1])) {
            wordStart--;
        }
        return wordStart < wordEnd
                && lexicon.englishOrganizationBefore.contains(new String(text, wordStart, wordEnd - wordStart));
    }

    private static boolean startsWith(char[] text, int at, String prefix) {
        if (at < 0 || at + prefix.length() > text.length) {
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
