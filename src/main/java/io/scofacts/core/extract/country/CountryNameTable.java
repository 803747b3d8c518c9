package io.scofacts.core.extract.country;

import io.scofacts.core.lexicon.LexiconFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Every text the name matcher looks for and what it means: the JDK CLDR country names and
 * their derived forms, the aliases lexicon, and the non-names lexicon; names of excluded
 * codes (regions of China, Antarctica) are kept as non-names so nothing inside them is read
 * as a country.
 *
 * <p>The service reads the table precomputed ({@link #load()}, {@link #TABLE}): computing it
 * means loading the CLDR locale data of four locales and inflecting every Russian name, about
 * a fifth of a second of start-up. {@link #compute()} stays the source of truth; a test checks
 * the file equals it, and {@code CountryNameTableGenerator} (test sources) rewrites the file.
 */
final class CountryNameTable {

    static final String ALIASES = "lexicon/country-aliases.tsv";
    static final String NON_NAMES = "lexicon/country-non-names.tsv";
    static final String EXCLUDED_CODES = "lexicon/country-excluded-codes.tsv";
    /** {@link #compute()}'s entries, one {@code pattern<TAB>code} a line (code empty for non-names). */
    static final String TABLE = "lexicon/country-name-table.tsv";

    /** What each pattern means so far, and how strong that reading is. */
    private final Map<String, Reading> readings = new HashMap<>();

    private record Reading(String code, NameSource source, boolean ambiguous) {
    }

    private CountryNameTable() {
    }

    /** The entries, as precomputed in {@link #TABLE}. */
    static List<NameEntry> load() {
        List<String[]> rows = LexiconFile.read(TABLE);
        List<NameEntry> entries = new ArrayList<>(rows.size());
        for (String[] row : rows) {
            entries.add(NameEntry.of(row[0], row[1].isEmpty() ? null : row[1]));
        }
        return entries;
    }

    /** The entries from the JDK's CLDR names and the project's lexicons. */
    static List<NameEntry> compute() {
        Set<String> excluded = new HashSet<>();
        LexiconFile.read(EXCLUDED_CODES).forEach(row -> excluded.add(row[0]));
        CountryNameTable table = new CountryNameTable();
        CldrCountryNames.forEach((code, name) -> {
            table.addWithForms(code, name, NameSource.CLDR, NameSource.CLDR_FORM);
            CldrCountryNames.derivedForms(MatchingText.patternOf(name))
                    .forEach(form -> table.addWithForms(code, form, NameSource.CLDR_FORM, NameSource.CLDR_FORM));
        });
        LexiconFile.read(ALIASES).forEach(row -> table.addWithForms(row[0], row[1], NameSource.ALIAS,
                NameSource.ALIAS_FORM));
        LexiconFile.read(NON_NAMES).forEach(row -> table.add(row[0], null, NameSource.NON_NAME));
        return table.entries(excluded);
    }

    /** Adds a name with its matching variants: capitals for Latin names, case forms for Russian ones. */
    private void addWithForms(String code, String name, NameSource source, NameSource formSource) {
        add(name, code, source);
        if (hasCyrillic(name)) {
            RussianDeclension.forms(MatchingText.patternOf(name)).forEach(form -> add(form, code, formSource));
        } else if (hasLatin(name)) {
            add(name.toUpperCase(Locale.ROOT), code, formSource);
        }
    }

    private void add(String text, String code, NameSource source) {
        String pattern = MatchingText.patternOf(text);
        if (pattern.isEmpty()) {
            return;
        }
        Reading known = readings.get(pattern);
        if (known == null || source.compareTo(known.source()) < 0) {
            readings.put(pattern, new Reading(code, source, false));
        } else if (source == known.source() && !Objects.equals(code, known.code())) {
            readings.put(pattern, new Reading(known.code(), source, true));
        }
    }

    private List<NameEntry> entries(Set<String> excludedCodes) {
        List<NameEntry> entries = new ArrayList<>(readings.size());
        readings.forEach((pattern, reading) -> {
            boolean country = reading.code() != null && !reading.ambiguous() && !excludedCodes.contains(reading.code());
            entries.add(NameEntry.of(pattern, country ? reading.code() : null));
        });
        return entries;
    }

    private static boolean hasCyrillic(String s) {
        return s.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    private static boolean hasLatin(String s) {
        return s.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }
}
