package io.scofacts.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scofacts.core.factsheet.Span;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void foldsFullWidthFormsAndMiddleDotsKeepingOffsets() {
        NormalizedText view = TextNormalizer.normalize("投资１３．５亿元，阿斯哈尔・努尔兰诺夫");
        assertEquals("投资13.5亿元,阿斯哈尔·努尔兰诺夫", view.text());
        assertEquals(new Span(2, 8), view.originalSpan(2, 8));
        assertEquals("１３．５亿元", view.originalText(2, 8));
    }

    @Test
    void dropsInvisibleCharactersAndMapsSpansAroundThem() {
        String text = "中\u200B乌\uFEFF合作";
        NormalizedText view = TextNormalizer.normalize(text);
        assertEquals("中乌合作", view.text());
        assertEquals(new Span(0, 3), view.originalSpan(0, 2));
        assertEquals("中\u200B乌", view.originalText(0, 2));
        assertEquals(new Span(4, 6), view.originalSpan(2, 4));
        assertEquals(text.length(), view.originalOffset(view.length()));
    }
}
