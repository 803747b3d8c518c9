package io.scofacts.core.extract.organization;

import io.scofacts.core.extract.place.RussianPlaceForms;
import io.scofacts.core.lexicon.LexiconFile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The organisation lexicons, read once. */
final class OrganizationLexicon {

    private static final int DEFAULT_ENDING_LENGTH = 4;

    final Map<String, Boolean> chineseSuffixStrength = new HashMap<>();
    final Set<String> seatSuffixes = new HashSet<>();
    final WordTable chineseSuffixes;
    final WordTable suffixBlockers;
    final WordTable chineseStops;
    final WordTable stopExceptions;
    final WordTable genericWords;
    final WordTable dealVerbs;
    final WordTable pluralCountries;
    final Map<String, String> placeCueCountry = new HashMap<>();
    final WordTable placeCues;
    /** Known names with their country code, null for international bodies. */
    final Map<String, String> knownCountry = new LinkedHashMap<>();
    final WordTable knownNames;
    /** Short form to the full names it stands for. */
    final Map<String, List<String>> fullNames = new HashMap<>();
    final List<String> aliasMarkers = new ArrayList<>();
    final Set<String> englishHeads = new HashSet<>();
    /** English phrases before "with" whose object is a partner body ("joint venture with …"). */
    final List<String> englishPartnerCues = new ArrayList<>();
    /** English words before "between" whose objects are the parties of a deal ("agreement between …"). */
    final List<String> englishPartiesCues = new ArrayList<>();
    /** English nouns after a possessive or before "of" that only a body has ("… 's headquarters"). */
    final List<String> englishBodyParts = new ArrayList<>();
    /** Body parts also written right after the bare name ("… delegation"). */
    final Set<String> englishBodyPartsAfterName = new HashSet<>();
    /** Acronyms of common terms ("IT", "ИИ"): a name of them and lower-case words is no body. */
    final Set<String> termAcronyms = new HashSet<>();
    /** Russian event head stems ("совещани", "форум"): a name they open is a meeting, not a body. */
    final List<String> russianEventHeads = new ArrayList<>();
    /** English nationality adjectives ("Kazakh", "Chinese"): before a body's part they say whose, and name no body. */
    final Set<String> englishNationalities = new HashSet<>();
    /** English nouns that introduce a body's name right after them ("telecom operator …"). */
    final Set<String> englishBodyDescriptors = new HashSet<>();
    /** Heads of a mission's name, which ends with the place the mission sits in. */
    final Set<String> englishMissionHeads = new HashSet<>();
    final Set<String> englishStops = new HashSet<>();
    final Set<String> englishGeneric = new HashSet<>();
    final Set<String> englishNonOrganization = new HashSet<>();
    /** Plural nouns for bodies that introduce a list of names ("platforms such as …"). */
    final Set<String> englishListHeads = new HashSet<>();
    /** Legal forms written after a quoted company name ("“…” JSC"). */
    final Set<String> legalFormsAfter = new HashSet<>();
    /** Russian head stems with the most letters an ending may add. */
    final Map<String, Integer> russianHeadStems = new LinkedHashMap<>();
    final Set<String> russianLegalForms = new HashSet<>();
    final Set<String> russianStops = new HashSet<>();
    /** Chinese person titles ("部长", "总统"): a list of fields before a ministry never ends in one. */
    final WordTable chineseTitles;
    /** English one-word person titles ("Chairperson", "Minister"): before "of" they open a title, not a name. */
    final Set<String> englishTitles = new HashSet<>();
    /** The one-character Chinese abbreviations of a country ("塔" for TJ), by ISO code. */
    final Map<String, List<Character>> countryAbbreviations = new HashMap<>();
    /** Russian word endings by kind: adjective, verb, short-participle. */
    final Map<String, List<String>> russianEndings = new HashMap<>();

    OrganizationLexicon() {
        for (String[] row : LexiconFile.read("lexicon/organization-zh-suffixes.tsv")) {
            chineseSuffixStrength.put(row[0], "strong".equals(row[1]));
            if (row.length > 2 && "seat".equals(row[2])) {
                seatSuffixes.add(row[0]);
            }
        }
        chineseSuffixes = new WordTable(chineseSuffixStrength.keySet());
        suffixBlockers = table("lexicon/organization-zh-suffix-blockers.tsv");
        chineseStops = table("lexicon/organization-zh-stops.tsv");
        List<String> zhTitles = new ArrayList<>();
        for (String[] row : LexiconFile.read("lexicon/person-titles.tsv")) {
            if (row.length > 1 && "en".equals(row[1]) && row[0].indexOf(' ') < 0) {
                englishTitles.add(row[0]);
            } else if (row.length > 1 && "zh".equals(row[1])) {
                zhTitles.add(row[0]);
            }
        }
        chineseTitles = new WordTable(zhTitles);
        for (String[] row : LexiconFile.read("lexicon/country-abbreviations.tsv")) {
            if (row.length > 1 && row[0].length() == 1) {
                countryAbbreviations.computeIfAbsent(row[1], code -> new ArrayList<>()).add(row[0].charAt(0));
            }
        }
        stopExceptions = table("lexicon/organization-zh-stop-exceptions.tsv");
        genericWords = table("lexicon/organization-zh-generic.tsv");
        dealVerbs = table("lexicon/organization-zh-deal-verbs.tsv");
        pluralCountries = table("lexicon/organization-zh-plural-countries.tsv");
        for (String[] row : LexiconFile.read("lexicon/organization-zh-place-cues.tsv")) {
            placeCueCountry.put(row[0], row[1]);
        }
        placeCues = new WordTable(placeCueCountry.keySet());
        for (String[] row : LexiconFile.read("lexicon/organization-known.tsv")) {
            String country = "-".equals(row[1]) ? null : row[1];
            // a Russian name is found in every case the story puts it in ("Интерфакса", "в Минфине")
            Collection<String> forms = Character.UnicodeBlock.of(row[0].charAt(0)) == Character.UnicodeBlock.CYRILLIC
                    ? RussianPlaceForms.forms(row[0]) : List.of(row[0]);
            forms.forEach(form -> knownCountry.put(form, country));
        }
        knownNames = new WordTable(knownCountry.keySet());
        for (String[] row : LexiconFile.read("lexicon/organization-abbreviations.tsv")) {
            fullNames.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        }
        LexiconFile.read("lexicon/organization-alias-markers.tsv").forEach(row -> aliasMarkers.add(row[0]));
        aliasMarkers.sort((a, b) -> b.length() - a.length());
        for (String[] row : LexiconFile.read("lexicon/organization-en-heads.tsv")) {
            englishHeads.add(row[0]);
            if (row.length > 1 && "mission".equals(row[1])) {
                englishMissionHeads.add(row[0]);
            }
        }
        LexiconFile.read("lexicon/term-acronyms.tsv").forEach(row -> termAcronyms.add(row[0]));
        LexiconFile.read("lexicon/event-heads.tsv").stream().filter(row -> "ru".equals(row[1]))
                .forEach(row -> russianEventHeads.add(row[0]));
        LexiconFile.read("lexicon/en-nationality-adjectives.tsv").forEach(row -> englishNationalities.add(row[0]));
        for (String[] row : LexiconFile.read("lexicon/organization-en-relations.tsv")) {
            switch (row[1]) {
                case "partner" -> englishPartnerCues.add(row[0]);
                case "parties" -> englishPartiesCues.add(row[0]);
                case "part" -> englishBodyParts.add(row[0]);
                case "part-after" -> {
                    englishBodyParts.add(row[0]);
                    englishBodyPartsAfterName.add(row[0]);
                }
                case "descriptor" -> englishBodyDescriptors.add(row[0]);
                default -> throw new IllegalStateException("organization-en-relations.tsv: unknown kind " + row[1]);
            }
        }
        LexiconFile.read("lexicon/organization-en-stops.tsv").forEach(row -> englishStops.add(row[0]));
        LexiconFile.read("lexicon/organization-en-generic.tsv").forEach(row -> englishGeneric.add(row[0]));
        LexiconFile.read("lexicon/organization-en-non-org-words.tsv")
                .forEach(row -> englishNonOrganization.add(row[0]));
        LexiconFile.read("lexicon/organization-en-list-heads.tsv").forEach(row -> englishListHeads.add(row[0]));
        LexiconFile.read("lexicon/organization-legal-forms-after.tsv").forEach(row -> legalFormsAfter.add(row[0]));
        LexiconFile.read("lexicon/organization-ru-heads.tsv").forEach(row ->
                russianHeadStems.put(row[0], row.length > 1 ? Integer.parseInt(row[1]) : DEFAULT_ENDING_LENGTH));
        LexiconFile.read("lexicon/organization-ru-legal-forms.tsv").forEach(row -> russianLegalForms.add(row[0]));
        LexiconFile.read("lexicon/organization-ru-stops.tsv").forEach(row -> russianStops.add(row[0]));
        for (String kind : List.of("adjective", "verb", "short-participle")) {
            russianEndings.put(kind, new ArrayList<>());
        }
        LexiconFile.read("lexicon/organization-ru-endings.tsv")
                .forEach(row -> russianEndings.get(row[1]).add(row[0]));
    }

    private static WordTable table(String resource) {
        List<String> words = new ArrayList<>();
        LexiconFile.read(resource).forEach(row -> words.add(row[0]));
        return new WordTable(words);
    }

    boolean isStrong(String suffix) {
        return chineseSuffixStrength.getOrDefault(suffix, false);
    }

    /**
     * The stop word ending right before {@code end}, unless its last character belongs to an
     * ordinary word there ("数据": 据 is no stop). Null: no stop ends there.
     */
    String stopEndingAt(String text, int end) {
        String stop = chineseStops.endingAt(text, end);
        if (stop == null || stop.length() > 1) {
            return stop;
        }
        int at = end - 1;
        boolean inWord = (at > 0 && stopExceptions.contains(text.substring(at - 1, at + 1)))
                || (at + 2 <= text.length() && stopExceptions.contains(text.substring(at, at + 2)));
        return inWord ? null : stop;
    }

    /** Whether {@code part} is made of descriptive words only (greedy longest-first cover). */
    boolean isGenericOnly(String part) {
        int at = 0;
        while (at < part.length()) {
            String word = genericWords.startingAt(part, at);
            if (word == null) {
                return false;
            }
            at += word.length();
        }
        return true;
    }
}
