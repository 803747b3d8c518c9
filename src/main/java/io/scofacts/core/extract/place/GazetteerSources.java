package io.scofacts.core.extract.place;

import io.scofacts.core.lexicon.LexiconFile;
import io.scofacts.core.text.SimplifiedChars;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The gazetteer's names, read once from its data files in order of precedence (the first entry
 * for a text wins): the hand-written list (what no maintained source has, and the judged
 * exceptions such as the stem 滨海), then the Chinese administrative divisions, CLDR's regions
 * and cities, and HanLP's place words as candidates. Chinese names are folded to the simplified
 * characters of the view's matching text (CLDR writes some in traditional ones); Russian names
 * are expanded to their case forms (world cities outside the SCO states keep the nominative); English and Russian names also match in capitals, as
 * datelines write them (ASTANA, ДУШАНБЕ), reported as written.
 */
final class GazetteerSources {

    static final String HAND = "lexicon/place-gazetteer.tsv";
    static final String CN_DIVISIONS = "lexicon/place-cn-divisions.tsv";
    static final String CLDR_REGIONS = "lexicon/place-cldr-regions.tsv";
    static final String CLDR_CITIES = "lexicon/place-cldr-cities.tsv";
    static final String HANLP_NAMES = "lexicon/place-hanlp-names.tsv";
    static final List<String> FILES = List.of(HAND, CN_DIVISIONS, CLDR_REGIONS, CLDR_CITIES, HANLP_NAMES);

    private static final String CHINA = "CN";
    private static final String AUTONOMOUS = "自治";
    /**
     * Russian names of world cities outside the SCO states whose regions the CLDR file lists: matched
     * in the nominative only, as declining a thousand names costs start-up time and such cities are
     * named in passing (the SCO states' cities and regions get every case form).
     */
    private static final String NOMINATIVE_ONLY = "ru-nominative";

    /** The country of each Russian gazetteer name, by nominative. */
    final Map<String, String> russianCountries = new HashMap<>();
    private final Map<String, GazetteerEntry> byText = new LinkedHashMap<>();
    private final Set<String> handTexts = new HashSet<>();

    GazetteerSources(Set<String> chineseSuffixes) {
        for (String[] row : LexiconFile.read(HAND)) {
            add(row[0], row[1].isEmpty() ? null : row[1], row[2], GazetteerEntry.Kind.valueOf(row[3].toUpperCase(Locale.ROOT)));
        }
        handTexts.addAll(byText.keySet());
        for (String[] row : LexiconFile.read(CN_DIVISIONS)) {
            addDivision(row[0], row[1], row[4].equals("yes") ? kindAlone(row[2]) : null, chineseSuffixes);
        }
        Set<String> regionCountries = new HashSet<>();
        for (String[] row : LexiconFile.read(CLDR_REGIONS)) {
            add(row[0], row[1], row[2], GazetteerEntry.Kind.PLACE);
            regionCountries.add(row[1]);
        }
        for (String[] row : LexiconFile.read(CLDR_CITIES)) {
            boolean declined = !row[2].equals("ru") || regionCountries.contains(row[1]);
            add(row[0], row[1], declined ? row[2] : NOMINATIVE_ONLY, GazetteerEntry.Kind.PLACE);
        }
        for (String[] row : LexiconFile.read(HANLP_NAMES)) {
            add(row[0], CHINA, "zh", GazetteerEntry.Kind.CANDIDATE);
        }
    }

    /** A county's short form yields to the names of larger places overlapping it. */
    private static GazetteerEntry.Kind kindAlone(String level) {
        return level.equals("county") ? GazetteerEntry.Kind.LOCAL : GazetteerEntry.Kind.PLACE;
    }

    /**
     * A division's short form when it names the place by itself ({@code alone} not null), and its
     * full name when the reading of short form + suffix does not cover it: 新疆维吾尔自治区 is not
     * 新疆 + a suffix, 克拉玛依市 is; a short form that is a common word (合作 of 合作市) is matched
     * only in the full name. A full name of one char and a unit word (城区, 和县) is not matched at
     * all: it reads across words (主城区, 乡村和县域).
     */
    private void addDivision(String name, String shortForm, GazetteerEntry.Kind alone, Set<String> chineseSuffixes) {
        if (alone != null && shortForm.length() >= 2 && !shortForm.equals(name)) {
            add(shortForm, CHINA, "zh", alone);
            if (name.startsWith(shortForm) && chineseSuffixes.contains(name.substring(shortForm.length()))) {
                return;
            }
        } else if (shortForm.length() >= 2 && name.contains(AUTONOMOUS)) {
            // an autonomous unit is also written with its short form and its unit word (新平县 for 新平彝族傣族自治县)
            add(shortForm + name.charAt(name.length() - 1), CHINA, "zh", GazetteerEntry.Kind.PLACE);
        }
        if (name.length() > 2) {
            add(name, CHINA, "zh", GazetteerEntry.Kind.PLACE);
        }
    }

    /** Every name, one entry per text. */
    List<GazetteerEntry> entries() {
        return new ArrayList<>(byText.values());
    }

    private void add(String name, String country, String language, GazetteerEntry.Kind kind) {
        if (name.length() < 2) {
            return;
        }
        switch (language) {
            case "zh" -> put(new GazetteerEntry(SimplifiedChars.of(name), country, kind, false, null));
            case "en" -> {
                put(new GazetteerEntry(ScanText.patternOf(name), country, kind, true, null));
                putCapitals(name, country, kind);
            }
            case "ru" -> {
                russianCountries.putIfAbsent(ScanText.patternOf(name), country);
                RussianPlaceForms.forms(name).forEach(
                        form -> put(new GazetteerEntry(ScanText.patternOf(form), country, kind, true, name)));
                putCapitals(name, country, kind);
            }
            case NOMINATIVE_ONLY -> {
                russianCountries.putIfAbsent(ScanText.patternOf(name), country);
                put(new GazetteerEntry(ScanText.patternOf(name), country, kind, true, null));
                putCapitals(name, country, kind);
            }
            default -> throw new IllegalStateException("unknown language in a place lexicon: " + language);
        }
    }

    private void putCapitals(String name, String country, GazetteerEntry.Kind kind) {
        String capitals = name.toUpperCase(Locale.ROOT);
        if (!capitals.equals(name) && kind == GazetteerEntry.Kind.PLACE) {
            put(new GazetteerEntry(ScanText.patternOf(capitals), country, kind, true, null));
        }
    }

    /**
     * The first entry for a text stays, except that a data source's stronger kind replaces a data
     * source's yielding one (the county 朝阳 and the prefecture 朝阳 of 朝阳市: the prefecture's
     * name does not yield); the hand-written entries are never replaced, as they are the judged exceptions.
     */
    private void put(GazetteerEntry entry) {
        GazetteerEntry present = byText.putIfAbsent(entry.text(), entry);
        if (present != null && !handTexts.contains(entry.text()) && present.kind().yields()
                && entry.kind().compareTo(present.kind()) < 0) {
            byText.put(entry.text(), entry);
        }
    }
}
