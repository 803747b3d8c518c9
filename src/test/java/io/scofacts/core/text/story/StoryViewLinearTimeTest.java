package io.scofacts.core.text.story;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.text.NormalizedText;
import io.scofacts.core.text.TextNormalizer;
import java.time.Duration;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class StoryViewLinearTimeTest {

    private static final int SIZE = 500_000;
    private static final StoryView STORY_VIEW = new StoryView();

    @Test
    void adversarialPagesFinishQuickly() {
        assertFast(i -> "中 ");
        assertFast(i -> "中(ā");
        assertFast(i -> "(shù");
        assertFast(i -> "a\n");
        assertFast(i -> "-\n");
        assertFast(i -> "【");
        assertFast(i -> "相关新闻\n");
        assertFast(i -> i % 2 == 0 ? "相关新闻\n" : "某地举办展会 2025-07-12\n");
        assertFast(i -> i % 3 == 0 ? "-\n" : i % 3 == 1 ? "某地新闻标题\n" : "一段被截断的摘要文字，说明了一些情况...\n");
        assertFast(i -> "免责声明\n");
        assertFast(i -> "版权");
        assertFast(i -> "http://");
        assertFast(i -> "1234567890");
        assertFast(i -> "首页 | ");
        assertFast(i -> "...");
        assertFast(i -> "数字经济合作不断深化，");
        assertFast(i -> i % 40 == 39 ? "合\n" : "数");
        assertFast(i -> i % 20 == 19 ? "-\n" : "digi");
    }

    private static void assertFast(IntFunction<String> piece) {
        StringBuilder page = new StringBuilder(SIZE + 64);
        for (int i = 0; page.length() < SIZE; i++) {
            page.append(piece.apply(i));
        }
        NormalizedText normalized = TextNormalizer.normalize(page.toString()).simplified();
        NormalizedText story = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> STORY_VIEW.of(normalized),
                () -> "slow on a page of " + piece.apply(0));
        assertTrue(story.length() <= normalized.length());
    }
}
