package io.scofacts.core.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.lexicon.LexiconFile;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlaceLexiconFilesTest {

    private static final List<String> FILES =
            List.of(PlaceLexicon.GAZETTEER, PlaceLexicon.SUFFIXES, PlaceLexicon.CONTEXT);

    @Test
    void everyFileSaysWhereItsEntriesCameFrom() {
        for (String file : FILES) {
            assertTrue(LexiconFile.lines(file).get(0).startsWith("# source: "), file);
        }
    }

    @Test
    void gazetteerRowsHaveAKnownCountryLanguageAndKind() {
        Set<String> codes = Set.of(Locale.getISOCountries());
        for (String[] row : LexiconFile.read(PlaceLexicon.GAZETTEER)) {
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
                "person-cue", "generic", "not-name");
        for (String[] row : LexiconFile.read(PlaceLexicon.CONTEXT)) {
            assertTrue(kinds.contains(row[2]), String.join("|", row));
        }
    }

    @Test
    void everyGazetteerNameHasTwoCharsAtLeast() {
        for (String[] row : LexiconFile.read(PlaceLexicon.GAZETTEER)) {
            assertTrue(row[0].length() >= 2, String.join("|", row));
        }
    }
}
