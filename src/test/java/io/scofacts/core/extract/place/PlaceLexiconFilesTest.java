package io.scofacts.core.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.lexicon.LexiconFile;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlaceLexiconFilesTest {

    private static final List<String> FILES = java.util.stream.Stream.concat(GazetteerSources.FILES.stream(),
            java.util.stream.Stream.of(PlaceLexicon.SUFFIXES, PlaceLexicon.CONTEXT)).toList();

    @Test
    void everyFileSaysWhereItsEntriesCameFrom() {
        for (String file : FILES) {
            assertTrue(LexiconFile.lines(file).get(0).startsWith("# source: "), file);
        }
    }

    @Test
    void gazetteerRowsHaveAKnownCountryLanguageAndKind() {
        Set<String> codes = Set.of(Locale.getISOCountries());
        for (String[] row : LexiconFile.read(GazetteerSources.HAND)) {
            assertEquals(4, row.length, String.join("|", row));
            assertTrue(Set.of("zh", "en", "ru").contains(row[2]), String.join("|", row));
            boolean block = row[3].equals("block");
            assertTrue(block || Set.of("place", "stem").contains(row[3]), String.join("|", row));
            assertTrue(block ? row[1].isEmpty() : codes.contains(row[1]), String.join("|", row));
        }
    }

    @Test
    void suffixAndContextRowsHaveThreeFields() {
        for (String file : List.of(PlaceLexicon.SUFFIXES, PlaceLexicon.CONTEXT)) {
            for (String[] row : LexiconFile.read(file)) {
                assertEquals(3, row.length, file + ": " + String.join("|", row));
            }
        }
    }

    @Test
    void suffixAndContextKindsAreKnown() {
        for (String[] row : LexiconFile.read(PlaceLexicon.SUFFIXES)) {
            assertTrue(Set.of("level", "unit", "zone").contains(row[2]), String.join("|", row));
        }
        Set<String> kinds = Set.of("organization", "organization-short", "organization-before", "stop", "not-suffix",
                "person-cue", "generic", "not-name", "place-cue", "place-closer");
        for (String[] row : LexiconFile.read(PlaceLexicon.CONTEXT)) {
            assertTrue(kinds.contains(row[2]), String.join("|", row));
        }
    }

    @Test
    void generatedFilesNameTheirPackageVersionLicenceAndCommand() {
        for (String file : GazetteerSources.FILES.subList(1, GazetteerSources.FILES.size())) {
            String source = LexiconFile.lines(file).get(0);
            assertTrue(source.matches(".*\\d+\\.\\d+.*") && source.contains("tools/places/derive")
                    && (source.contains("MIT") || source.contains("Unicode-3.0") || source.contains("Apache-2.0")), file);
        }
    }

    @Test
    void generatedRowsHaveTheirColumns() {
        Set<String> codes = Set.of(Locale.getISOCountries());
        for (String[] row : LexiconFile.read(GazetteerSources.CN_DIVISIONS)) {
            assertEquals(5, row.length, String.join("|", row));
            assertTrue(Set.of("province", "prefecture", "county").contains(row[2]) && Set.of("yes", "no").contains(row[4]),
                    String.join("|", row));
        }
        for (String file : List.of(GazetteerSources.CLDR_CITIES, GazetteerSources.CLDR_REGIONS)) {
            for (String[] row : LexiconFile.read(file)) {
                assertEquals(5, row.length, String.join("|", row));
                assertTrue(codes.contains(row[1]) && Set.of("zh", "en", "ru").contains(row[2]), file + ": " + String.join("|", row));
            }
        }
        for (String[] row : LexiconFile.read(GazetteerSources.HANLP_NAMES)) {
            assertTrue(row.length == 4 && row[0].length() >= 2, String.join("|", row));
        }
    }

    /**
     * The hand-written list keeps only what the data files lack, or overrides them: a stem, a
     * name the data give another or several countries (Punjab is a region of India and of Pakistan).
     */
    @Test
    void handWrittenPlacesAreNotInTheDataFiles() {
        java.util.Map<String, Set<String>> countries = new java.util.HashMap<>();
        for (String[] row : LexiconFile.read(GazetteerSources.CN_DIVISIONS)) {
            countries.computeIfAbsent(row[0] + "|zh", k -> new java.util.HashSet<>()).add("CN");
            if (row[4].equals("yes")) {
                countries.computeIfAbsent(row[1] + "|zh", k -> new java.util.HashSet<>()).add("CN");
            }
        }
        for (String file : List.of(GazetteerSources.CLDR_CITIES, GazetteerSources.CLDR_REGIONS)) {
            for (String[] row : LexiconFile.read(file)) {
                String name = row[2].equals("zh") ? io.scofacts.core.text.SimplifiedChars.of(row[0]) : row[0];
                countries.computeIfAbsent(name + "|" + row[2], k -> new java.util.HashSet<>()).add(row[1]);
            }
        }
        for (String[] row : LexiconFile.read(GazetteerSources.HAND)) {
            if (row[3].equals("place")) {
                assertTrue(!Set.of(row[1]).equals(countries.get(row[0] + "|" + row[2])), "a data file has " + String.join("|", row));
            }
        }
    }

    @Test
    void everyGazetteerNameHasTwoCharsAtLeast() {
        for (String[] row : LexiconFile.read(GazetteerSources.HAND)) {
            assertTrue(row[0].length() >= 2, String.join("|", row));
        }
    }
}
