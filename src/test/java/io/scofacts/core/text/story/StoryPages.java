package io.scofacts.core.text.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scofacts.core.text.NormalizedText;
import io.scofacts.core.text.TextNormalizer;

/** Builds story views for the tests and checks that every view char maps back to its source char. */
final class StoryPages {

    private static final StoryView STORY_VIEW = new StoryView();

    private StoryPages() {
    }

    static NormalizedText story(String page) {
        NormalizedText normalized = TextNormalizer.normalize(page).simplified();
        NormalizedText story = STORY_VIEW.of(normalized);
        assertMapsBack(normalized, story);
        return story;
    }

    static String storyText(String page) {
        return story(page).text();
    }

    /** Every story char is the page view's char at the same submitted offset. */
    static void assertMapsBack(NormalizedText page, NormalizedText story) {
        for (int i = 0; i < story.length(); i++) {
            int at = story.originalOffset(i);
            char source = story.original().charAt(at);
            assertEquals(TextNormalizer.fold(source), story.charAt(i), "view char " + i + " maps to offset " + at);
        }
        assertEquals(story.text().length(), story.matchText().length());
    }
}
