package io.scofacts.core.extract.place;

import java.util.List;

/**
 * Finds the zones the gazetteer does not know: a short proper name right after a boundary (a
 * punctuation mark, 在, 和 …, a country name) followed by a strong zone suffix, as in
 * "在东疆综合保税区" or "、临空经济技术开发区"; the zone is in the country named right before
 * it, else in China (the suffixes are Chinese administrative terms). Common words in front of the suffix (经济开发区, 该新区, 国家级新区) are
 * not names; a stem with no boundary within reach is not read, as its start is unknown.
 */
final class ZoneStemFinder {

    private static final int MIN_STEM = 2;
    private static final int MAX_STEM = 4;
    private static final String CHINA = "CN";

    private final PlaceLexicon lexicon;
    private final ChinesePlaceReading reading;

    ZoneStemFinder(PlaceLexicon lexicon, ChinesePlaceReading reading) {
        this.lexicon = lexicon;
        this.reading = reading;
    }

    /** Adds the zones found outside the {@code covered} chars. */
    void find(char[] text, boolean[] covered, CountryMarks countries, List<FoundPlace> found) {
        for (int i = MIN_STEM; i < text.length; i++) {
            if (!ScanText.isHan(text[i]) || covered[i]) {
                continue;
            }
            String suffix = lexicon.zoneSuffixes.longestAt(text, i);
            if (suffix == null) {
                continue;
            }
            int stemStart = stemStart(text, covered, countries, i);
            int end = i + suffix.length();
            if (stemStart >= 0 && !reading.startsOrganization(text, end)) {
                String country = countries.codeAt(stemStart - 1);
                found.add(new FoundPlace(stemStart, end, stemStart, end, country == null ? CHINA : country, null));
            }
            i = end - 1;
        }
    }

    /** Where the proper name before the suffix at {@code suffixStart} starts, or −1 if none. */
    private int stemStart(char[] text, boolean[] covered, CountryMarks countries, int suffixStart) {
        for (int start = suffixStart - 1; start >= suffixStart - MAX_STEM - 1; start--) {
            if (start < 0 || covered[start] || countries.codeAt(start) != null || !ScanText.isHan(text[start])
                    || lexicon.stops.longestEndingAt(text, start + 1) != null) {
                int stem = start + 1;
                int length = suffixStart - stem;
                return length >= MIN_STEM && length <= MAX_STEM && !isCommonWord(text, stem, suffixStart) ? stem : -1;
            }
        }
        return -1;
    }

    private boolean isCommonWord(char[] text, int start, int end) {
        if (lexicon.generic.startsAt(text, start) || lexicon.generic.longestEndingAt(text, end) != null) {
            return true;
        }
        for (int i = start; i < end; i++) {
            if (lexicon.stops.startsAt(text, i)) {
                return true;
            }
        }
        return false;
    }
}
