package io.scofacts.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.scofacts.core.factsheet.Span;
import java.util.BitSet;
import org.junit.jupiter.api.Test;

class NormalizedTextWithoutTest {

    @Test
    void removedViewCharsLeaveTheOthersMappedToTheSubmittedText() {
        String text = "菜单\n國家數據局\u200B發布";
        NormalizedText page = TextNormalizer.normalize(text).simplified();
        BitSet menu = new BitSet();
        menu.set(0, 3);
        NormalizedText story = page.without(menu);
        assertEquals("國家數據局發布", story.text());
        assertEquals("国家数据局发布", story.matchText());
        assertEquals(new Span(3, 8), story.originalSpan(0, 5));
        assertEquals("數據局\u200B發布", story.originalText(2, 7));
        assertEquals(text.length(), story.originalOffset(story.length()));
    }

    @Test
    void removalsCompose() {
        String text = "a b c d";
        NormalizedText page = TextNormalizer.normalize(text);
        BitSet spaces = new BitSet();
        spaces.set(1);
        spaces.set(3);
        BitSet first = new BitSet();
        first.set(0);
        NormalizedText story = page.without(spaces).without(first);
        assertEquals("bc d", story.text());
        assertEquals(2, story.originalOffset(0));
        assertEquals("b c", story.originalText(0, 2));
    }

    @Test
    void nothingRemovedIsTheSameView() {
        NormalizedText page = TextNormalizer.normalize("abc");
        assertSame(page, page.without(new BitSet()));
    }
}
