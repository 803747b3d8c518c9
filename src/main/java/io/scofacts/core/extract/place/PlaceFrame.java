package io.scofacts.core.extract.place;

/**
 * Whether a candidate place name (a word HanLP's dictionary tags as a place, which may also be a
 * common word or part of one) stands where a place stands: right after a place read before it,
 * as the next unit of a chain (新疆伊犁) or the next item of a list (伦敦、巴黎); or after a
 * locative word (在, 赴, 来自, 位于 …) with the name closed right after it by a mark, a function
 * word or a verb (在伦敦举行, 来自奈良的). Without such a frame the word is left alone.
 */
final class PlaceFrame {

    private static final char LIST_MARK = '、';

    private final PlaceLexicon lexicon;

    PlaceFrame(PlaceLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether {@code [start, end)} is framed as a place; {@code placeEnd} is where the last place read ends. */
    boolean holds(char[] text, int start, int end, int placeEnd) {
        if (placeEnd == start || (start > 0 && placeEnd == start - 1 && text[start - 1] == LIST_MARK)) {
            return true;
        }
        return lexicon.placeCues.longestEndingAt(text, start) != null && closes(text, end);
    }

    private boolean closes(char[] text, int at) {
        return at >= text.length || !ScanText.isHan(text[at]) || lexicon.stops.startsAt(text, at)
                || lexicon.placeClosers.startsAt(text, at);
    }
}
