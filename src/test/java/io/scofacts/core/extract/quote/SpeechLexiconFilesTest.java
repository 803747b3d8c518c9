package io.scofacts.core.extract.quote;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.lexicon.LexiconFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpeechLexiconFilesTest {

    @ParameterizedTest
    @ValueSource(strings = {SpeechLexicon.VERBS, SpeechLexicon.TITLES, SpeechLexicon.SPEAKER_WORDS, SpeechLexicon.SURNAMES})
    void everyFileSaysWhereItsEntriesCameFrom(String resource) {
        assertTrue(LexiconFile.lines(resource).get(0).startsWith("# source: "), resource);
        assertTrue(LexiconFile.read(resource).stream().allMatch(row -> row.length >= 2 && !row[1].isEmpty()), resource);
    }

    @Test
    void titlesCoverEveryLanguageTheRecogniserReads() {
        SpeechLexicon lexicon = SpeechLexicon.load();
        for (String language : new String[] {"zh", "en", "ru"}) {
            assertFalse(lexicon.words("title", language).isEmpty(), language);
            assertFalse(lexicon.words("verb", language).isEmpty(), language);
            assertFalse(lexicon.words("pronoun", language).isEmpty(), language);
        }
        assertTrue(lexicon.words("title", "zh").contains("执行秘书长"));
        assertTrue(lexicon.words("title", "zh").contains("執行秘書長"));
    }
}
