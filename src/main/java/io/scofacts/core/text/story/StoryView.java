package io.scofacts.core.text.story;

import io.scofacts.core.text.NormalizedText;
import java.util.BitSet;
import java.util.Locale;

/**
 * Builds the story view every recogniser reads from the page view: page furniture dropped
 * (menus, ads, "more news" lists, footers, credits; see {@link NoiseLines}), then the text
 * mended where OCR and PDF extraction broke it (spaced-out Chinese, lines wrapped inside words,
 * pinyin glosses). Only removals: every view char still maps to its submitted-text offset.
 * Immutable and thread-safe; the cue lexicon loads once, in the constructor.
 */
public final class StoryView {

    private final NoiseLines noiseLines;

    public StoryView() {
        this.noiseLines = new NoiseLines(new NoiseCues());
    }

    /** The story view of {@code page}; its matching text is {@code page}'s, char for char. */
    public NormalizedText of(NormalizedText page) {
        String key = page.matchText().toLowerCase(Locale.ROOT);
        if (key.length() != page.length()) {
            key = lowerCaseCharByChar(page.matchText());
        }
        NormalizedText story = page.without(noiseLines.find(page.text(), key));
        if (story.text().isBlank()) {
            // a page that is all furniture by our cues is more likely a story we misread
            story = page;
        }
        BitSet broken = new BitSet(story.length());
        String text = story.text();
        PinyinGlosses.mark(text, broken);
        SpacedHan.mark(text, broken);
        WrappedLines.mark(text, broken);
        return story.without(broken);
    }

    private static String lowerCaseCharByChar(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }
}
