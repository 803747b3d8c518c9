package io.scofacts.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextProblemsTest {

    @Test
    void acceptsWhitespaceControlsAndSupplementaryCharacters() {
        assertEquals(Optional.empty(), TextProblems.find("第一行\n第二行\r\n\t制表\f分页 \uD840\uDC00 emoji \uD83D\uDE00"));
    }

    @Test
    void refusesOtherControlCharactersNamingWhereTheyAre() {
        assertEquals(Optional.of("control character U+0000 at offset 2"), TextProblems.find("中乌\u0000合作"));
        assertTrue(TextProblems.find("x\u001B[0m").isPresent());
        assertTrue(TextProblems.find("x\u007F").isPresent());
        assertTrue(TextProblems.find("x\u0090").isPresent());
    }

    @Test
    void refusesUnpairedSurrogates() {
        assertEquals(Optional.of("unpaired surrogate U+D800 at offset 1"), TextProblems.find("a\uD800b"));
        assertEquals(Optional.of("unpaired surrogate U+DC00 at offset 0"), TextProblems.find("\uDC00"));
        assertTrue(TextProblems.find("end\uD83D").isPresent());
    }
}
