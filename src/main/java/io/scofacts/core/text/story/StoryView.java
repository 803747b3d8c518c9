package io.scofacts.core.text.story;

import io.scofacts.core.text.NormalizedText;
import java.util.BitSet;
import java.util.Locale;

/**
 * Builds the story view every recogniser reads from the page view: the text mended where OCR
 * and PDF extraction broke it (spaced-out Chinese, lines wrapped inside words, pinyin glosses),
 * then page furniture dropped (menus, ads, "more news" lists, footers, credits; see
 * {@link NoiseLines}). Only removals: every view char still maps to its submitted-text offset.
 * Immutable and thread-safe; the cue lexicon loads once, in the constructor.
 */
public final class StoryView {

    private final NoiseLines noiseLines;
    private final CueSet headings;

    public StoryView() {
        NoiseCues cues = new NoiseCues();
        this.noiseLines = new NoiseLines(cues);
        this.headings = cues.get(NoiseCues.Kind.HEADING);
    }

    /**
     * Whether the line is nothing but a "more news" heading ("相关内容", "Related news",
     * "Читайте также"), after which a page lists other stories, their credits included.
     */
    public boolean opensOtherStories(String line) {
        String key = MatchKey.of(line.strip());
        int cue = headings.startsAt(key, 0, key.length());
        if (cue == 0) {
            return false;
        }
        for (int i = cue; i < key.length(); i++) {
            if (!Character.isWhitespace(key.charAt(i)) && ":：|】]>»".indexOf(key.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The story view of {@code page}; its matching text is {@code page}'s, char for char. The text
     * is mended first, so furniture is judged on whole lines and words ("责 任 编 辑" reads as a
     * cue, a wrapped paragraph as running text).
     */
    public NormalizedText of(NormalizedText page) {
        return storyOf(mend(page));
    }

    /** The page with OCR spaces, wrapped lines and pinyin glosses mended, furniture still in. */
    public NormalizedText mend(NormalizedText page) {
        BitSet broken = new BitSet(page.length());
        String text = page.text();
        PinyinGlosses.mark(text, broken);
        SpacedHan.mark(text, broken);
        WrappedLines.mark(text, broken);
        return page.without(broken);
    }

    /** The story of a mended page: its furniture dropped. */
    public NormalizedText storyOf(NormalizedText mended) {
        String key = mended.matchText().toLowerCase(Locale.ROOT);
        if (key.length() != mended.length()) {
            key = lowerCaseCharByChar(mended.matchText());
        }
        NormalizedText story = mended.without(noiseLines.find(mended.text(), key));
        // a page that is all furniture by our cues is more likely a story we misread
        return story.text().isBlank() ? mended : story;
    }

    private static String lowerCaseCharByChar(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }
}
