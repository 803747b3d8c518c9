package io.scofacts.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContentFingerprintTest {

    @Test
    void ignoresLineEndsSurroundingWhitespaceAndUnicodeComposition() {
        String id = ContentFingerprint.articleId("中乌合作\n项目签约 Café");
        assertEquals(id, ContentFingerprint.articleId("  中乌合作\r\n项目签约 Cafe\u0301\n\n"));
        assertEquals(id, ContentFingerprint.articleId("中乌合作\r项目签约 Café\t"));
    }

    @Test
    void distinguishesAnyChangeInsideTheText() {
        assertNotEquals(ContentFingerprint.articleId("中乌合作项目"), ContentFingerprint.articleId("中乌合作 项目"));
        assertNotEquals(ContentFingerprint.articleId("21个项目"), ContentFingerprint.articleId("22个项目"));
    }

    @Test
    void recognisesItsOwnIds() {
        String id = ContentFingerprint.articleId("text");
        assertTrue(ContentFingerprint.looksLikeArticleId(id));
        assertFalse(ContentFingerprint.looksLikeArticleId("a-XYZ"));
        assertFalse(ContentFingerprint.looksLikeArticleId(id.toUpperCase()));
        assertFalse(ContentFingerprint.looksLikeArticleId(null));
    }
}
