package io.scofacts.core.extract.date;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.lexicon.LexiconFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateLexiconFilesTest {

    @ParameterizedTest
    @ValueSource(strings = {DateLexicon.NAMES, DateLexicon.RELATIVE_WORDS, DateLexicon.CUES})
    void everyFileSaysWhereItsEntriesCameFrom(String resource) {
        assertTrue(LexiconFile.lines(resource).get(0).startsWith("# source: "), resource);
        assertTrue(LexiconFile.read(resource).stream().allMatch(row -> row.length >= 2 && !row[1].isEmpty()), resource);
    }
}
