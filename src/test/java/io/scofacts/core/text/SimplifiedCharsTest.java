package io.scofacts.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SimplifiedCharsTest {

    @Test
    void mapsTraditionalCharactersOneForOne() {
        String traditional = "中華人民共和國與烏茲別克斯坦簽署數位經濟協議";
        String simplified = SimplifiedChars.of(traditional);
        assertEquals("中华人民共和国与乌兹别克斯坦签署数位经济协议", simplified);
        assertEquals(traditional.length(), simplified.length());
    }

    @Test
    void leavesSimplifiedLatinAndCyrillicTextAsItIs() {
        String text = "上合组织 SCO Шанхайская организация 2025";
        assertSame(text, SimplifiedChars.of(text));
    }

    @Test
    void keepsCharactersWithoutASingleCharSimplifiedForm() {
        assertEquals("𠮷野家", SimplifiedChars.of("𠮷野家"));
        assertEquals('a', SimplifiedChars.of('a'));
    }

    @Test
    void loadsTheTableQuickly() {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertEquals('国', SimplifiedChars.of('國')));
    }
}
