package io.scofacts.core.extract.country;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.lexicon.LexiconFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LexiconFilesTest {

    private static final Path LEXICON_DIR = Path.of("src/main/resources/lexicon");

    @Test
    void everyCountryLexiconStartsWithItsSource() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(LEXICON_DIR)) {
            files = listed.filter(p -> p.getFileName().toString().startsWith("country-")).toList();
        }
        assertFalse(files.isEmpty());
        for (Path file : files) {
            List<String> lines = LexiconFile.lines("lexicon/" + file.getFileName());
            assertTrue(lines.get(0).startsWith("# source: ") && lines.get(0).length() > 20,
                    file + " must start with a '# source:' line");
        }
    }

    @Test
    void everyAliasHasAValidCountryCode() {
        List<String> codes = List.of(java.util.Locale.getISOCountries());
        for (String[] row : LexiconFile.read(CountryNameTable.ALIASES)) {
            assertTrue(row.length == 2 && codes.contains(row[0]) && !row[1].isEmpty(), String.join("\t", row));
        }
        for (String[] row : LexiconFile.read(ShortFormMatcher.ABBREVIATIONS)) {
            assertTrue(row.length == 2 && codes.contains(row[1]) && row[0].length() == 1, String.join("\t", row));
        }
    }
}
