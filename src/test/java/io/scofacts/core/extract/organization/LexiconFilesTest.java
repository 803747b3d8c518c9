package io.scofacts.core.extract.organization;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.lexicon.LexiconFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconFilesTest {

    private static final List<String> FILES = List.of(
            "organization-zh-suffixes", "organization-zh-suffix-blockers", "organization-zh-stops",
            "organization-zh-stop-exceptions", "organization-zh-generic", "organization-zh-place-cues",
            "organization-zh-deal-verbs", "organization-known", "organization-abbreviations",
            "organization-alias-markers", "organization-en-heads", "organization-en-stops",
            "organization-en-generic", "organization-en-non-org-words", "organization-ru-heads",
            "organization-ru-legal-forms", "organization-ru-stops", "organization-ru-endings",
            "organization-zh-plural-countries");

    @Test
    void everyFileSaysWhereItsEntriesCameFrom() {
        for (String file : FILES) {
            List<String> lines = LexiconFile.lines("lexicon/" + file + ".tsv");
            assertTrue(lines.get(0).startsWith("# source: "), file);
            assertFalse(LexiconFile.read("lexicon/" + file + ".tsv").isEmpty(), file);
        }
    }

    @Test
    void suffixStrengthsAreStrongOrWeak() {
        for (String[] row : LexiconFile.read("lexicon/organization-zh-suffixes.tsv")) {
            assertTrue(row[1].equals("strong") || row[1].equals("weak"), row[0]);
            assertTrue(row.length == 2 || (row.length == 3 && row[2].equals("seat") && row[1].equals("weak")), row[0]);
        }
    }

    @Test
    void everyKnownNameHasACountryColumn() {
        for (String[] row : LexiconFile.read("lexicon/organization-known.tsv")) {
            assertTrue(row.length == 2 && (row[1].equals("-") || row[1].matches("[A-Z]{2}")), row[0]);
        }
    }
}
