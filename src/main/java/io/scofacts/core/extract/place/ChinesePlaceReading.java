package io.scofacts.core.extract.place;

import io.scofacts.core.extract.place.PlaceLexicon.SuffixKind;

/**
 * Reads a Chinese place name found at {@code [start, end)} in context: extends it over the
 * administrative and zone suffixes that follow (天津 + 港 + 保税区 is one place, 天津港保税区),
 * and drops it when the text shows it starts an organisation's name (天津市数据局, 塔什干…有限公司:
 * the place is part of that name, not a place of the story) or is part of a person's name: a
 * given name after a surname (王海南表示) or a part of a transliterated name (努尔苏丹·纳扎尔巴耶夫).
 */
final class ChinesePlaceReading {

    /** At most this many suffixes follow one name (天津 + 港 + 保税区). */
    private static final int MAX_SUFFIXES = 3;
    /** How far after a place an organisation's closing word may lie (塔什干东方瑞士有限公司). */
    private static final int ORGANIZATION_REACH = 10;
    /** How far after a place a one-character organisation ending may lie (天津市数据局). */
    private static final int SHORT_ORGANIZATION_REACH = 4;
    /** Chars after which a one-character ending closes an organisation's name (局长, 委副书记, 局党组). */
    private static final String AFTER_SHORT_ENDING = "长副主书党领负";
    private static final char MIDDLE_DOT = '\u00B7';
    private static final int MIN_CHAIN_STEM = 2;
    private static final int MAX_CHAIN_STEM = 4;

    private final PlaceLexicon lexicon;

    ChinesePlaceReading(PlaceLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The place the name at {@code [start, end)} reads as, or null when it is not one here;
     * {@code framed} says whether a candidate name stands in a place frame ({@link PlaceFrame}).
     */
    FoundPlace read(char[] text, int start, int end, GazetteerEntry entry, boolean framed) {
        int nameEnd = end;
        int spanEnd = end;
        boolean named = false;
        for (int k = 0; k < MAX_SUFFIXES; k++) {
            String suffix = lexicon.chineseSuffixes.longestAt(text, spanEnd);
            if (suffix == null || lexicon.notSuffixes.startsAt(text, spanEnd)) {
                break;
            }
            spanEnd += suffix.length();
            if (lexicon.chineseSuffixKinds.get(suffix) != SuffixKind.LEVEL) {
                nameEnd = spanEnd;
                named = true;
            }
        }
        boolean evidence = switch (entry.kind()) {
            case STEM -> named;
            case CANDIDATE -> spanEnd > end || framed;
            default -> true;
        };
        if (!evidence || endsInsideAWord(text, end)) {
            return null;
        }
        if (startsOrganization(text, spanEnd) || isGivenName(text, start, spanEnd) || isPartOfTransliteratedName(text, start, end)
                || opensTransliteratedSurname(text, start, end)) {
            return null;
        }
        return new FoundPlace(start, spanEnd, start, nameEnd, entry.country(), null);
    }

    /**
     * Whether a name ending in a suffix's text (合作市, 东区) is read across a longer word that the
     * suffix's chars begin (合作市场 is a market of cooperation, not 合作市 + 场).
     */
    private boolean endsInsideAWord(char[] text, int end) {
        String suffix = lexicon.chineseSuffixes.longestEndingAt(text, end);
        String word = suffix == null ? null : lexicon.notSuffixes.longestAt(text, end - suffix.length());
        return word != null && word.length() > suffix.length();
    }

    /**
     * The next unit of an administrative chain written after {@code parent} (山东省青岛市 +
     * 胶州市, 北京市 + 海淀区): a short name right after a place that ends with a suffix,
     * itself followed by a suffix; it lies in the parent's country. Null when none follows.
     */
    FoundPlace nextInChain(char[] text, FoundPlace parent) {
        int stemStart = parent.end();
        boolean suffixed = parent.end() != parent.nameEnd() || lexicon.chineseSuffixes.longestEndingAt(text, parent.end()) != null;
        if (!suffixed || lexicon.chineseSuffixes.startsAt(text, stemStart) || lexicon.generic.startsAt(text, stemStart)) {
            return null;
        }
        for (int length = 1; length <= MAX_CHAIN_STEM; length++) {
            int last = stemStart + length - 1;
            if (last >= text.length || !ScanText.isHan(text[last]) || lexicon.stops.startsAt(text, last)) {
                return null;
            }
            int suffixStart = last + 1;
            String suffix = length < MIN_CHAIN_STEM ? null : lexicon.chineseSuffixes.longestAt(text, suffixStart);
            if (suffix != null && !lexicon.notSuffixes.startsAt(text, suffixStart)) {
                int end = suffixStart + suffix.length();
                if (startsOrganization(text, end)) {
                    return null;
                }
                boolean level = lexicon.chineseSuffixKinds.get(suffix) == SuffixKind.LEVEL;
                return new FoundPlace(stemStart, end, stemStart, level ? suffixStart : end, parent.country(), null);
            }
        }
        return null;
    }

    /**
     * One place for a bare place name written right before a zone (天津 + 东疆综合保税区 is
     * 天津东疆综合保税区, in the first place's country), or null when the two do not join so.
     */
    FoundPlace joinedZone(char[] text, FoundPlace place, FoundPlace zone) {
        boolean bare = place.end() == place.nameEnd() && lexicon.chineseSuffixes.longestEndingAt(text, place.end()) == null;
        if (!bare || place.end() != zone.start() || zone.name() != null || !ScanText.isHan(text[zone.start()])
                || lexicon.zoneSuffixes.longestEndingAt(text, zone.nameEnd()) == null) {
            return null;
        }
        return new FoundPlace(place.start(), zone.end(), place.nameStart(), zone.nameEnd(), place.country(), null);
    }

    /**
     * Whether the Han chars from {@code from} close an organisation's name before any word that
     * ends a name (在, 的, 举行 …): then the place before them starts that organisation's name.
     */
    boolean startsOrganization(char[] text, int from) {
        int limit = Math.min(text.length, from + ORGANIZATION_REACH);
        for (int j = from; j < limit; j++) {
            if (!ScanText.isHan(text[j]) || lexicon.stops.startsAt(text, j)) {
                return false;
            }
            if (lexicon.organizationWords.startsAt(text, j)) {
                return true;
            }
            if (j - from < SHORT_ORGANIZATION_REACH && lexicon.organizationShort.startsAt(text, j)
                    && closesName(text, j + 1)) {
                return true;
            }
        }
        return false;
    }

    private boolean closesName(char[] text, int at) {
        return at >= text.length || !ScanText.isHan(text[at]) || lexicon.stops.startsAt(text, at)
                || AFTER_SHORT_ENDING.indexOf(text[at]) >= 0 || text[at] == text[at - 1];
    }

    /** A name joined to another by a middle dot is part of a transliterated person's name (努尔苏丹·纳扎尔巴耶夫). */
    private static boolean isPartOfTransliteratedName(char[] text, int start, int end) {
        return (start > 0 && text[start - 1] == MIDDLE_DOT) || (end < text.length && text[end] == MIDDLE_DOT);
    }

    /** The chars a transliterated Slavic or Turkic surname most often ends with: -ов/-ев (夫), -ова (娃), -вич (奇), -ко (科). */
    private static final String SURNAME_ENDINGS = "夫娃奇科";
    private static final int MAX_SURNAME = 8;

    /**
     * "总理阿里波夫": a place name (阿里) written only with transliteration characters and followed by
     * more of them up to a surname's ending is the start of a foreign person's name, not a place.
     */
    private boolean opensTransliteratedSurname(char[] text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!lexicon.transliteration.get(text[i])) {
                return false;
            }
        }
        int runEnd = end;
        while (runEnd < text.length && runEnd - start < MAX_SURNAME && lexicon.transliteration.get(text[runEnd])) {
            runEnd++;
        }
        return runEnd - end >= 2 && SURNAME_ENDINGS.indexOf(text[runEnd - 1]) >= 0;
    }

    private boolean isGivenName(char[] text, int start, int end) {
        return start > 0 && lexicon.surnames.contains(text[start - 1]) && lexicon.personCues.startsAt(text, end);
    }
}
