package io.scofacts.core.text.story;

import io.scofacts.core.text.story.NoiseCues.Kind;
import java.util.BitSet;
import java.util.List;

/**
 * Decides, line by line, which lines of a page are furniture around the stories: menus and
 * breadcrumbs, hotlines and ads, "more news" lists, reader calls, copyright and disclaimer
 * footers, editor and photo credits, share bars. Cues from {@link NoiseCues} and the shape of the
 * lines decide together; every story on the page stays, and a line nothing marks stays.
 */
final class NoiseLines {

    /** A cue marks a line only when the line is this short: in running text the words mean something else. */
    private static final int START_CUE_LINE = 60;
    private static final int CONTAINS_CUE_LINE = 80;
    private static final int FOOTER_CUE_LINE = 120;
    private static final int HAN_RUNNING_SENTENCE = 12;
    private static final int LATIN_RUNNING_SENTENCE = 30;
    private static final int MAX_TRAILING_CREDIT = 40;

    private final NoiseCues cues;

    NoiseLines(NoiseCues cues) {
        this.cues = cues;
    }

    /** The view positions (whole lines with their line ends) that are page furniture. */
    BitSet find(String text, String key) {
        List<Line> lines = Line.split(text);
        PageLines page = new PageLines(text, key, lines);
        markCueLines(page);
        markRegions(page);
        MenuRuns.mark(page, cues.get(Kind.NAV));
        BitSet dropped = new BitSet(text.length());
        // blank lines after dropped furniture go with it, so the story keeps its own paragraph breaks only
        boolean afterDropped = true;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.isBlank()) {
                if (afterDropped) {
                    dropped.set(line.start(), line.next());
                }
            } else if (page.noise[i] && !page.keep[i]) {
                dropped.set(line.start(), line.next());
                afterDropped = true;
            } else {
                markTrailingCredit(key, line, dropped);
                afterDropped = false;
            }
        }
        return dropped;
    }

    /** "……合作不断深化。（责编：王某）": a bracketed editor or photo credit closing a story line. */
    private void markTrailingCredit(String key, Line line, BitSet dropped) {
        int end = line.trimEnd();
        if (end - line.trimStart() < 2 || (key.charAt(end - 1) != ')' && key.charAt(end - 1) != '】')) {
            return;
        }
        int limit = Math.max(line.trimStart(), end - MAX_TRAILING_CREDIT);
        for (int open = end - 2; open >= limit; open--) {
            char c = key.charAt(open);
            if (c == ')' || c == '】') {
                return;
            }
            if (c == '(' || c == '【') {
                if (cues.get(Kind.START).startsAt(key, open + 1, end) > 0) {
                    dropped.set(open, end);
                }
                return;
            }
        }
    }

    private void markCueLines(PageLines page) {
        for (int i = 0; i < page.lines.size(); i++) {
            Line line = page.line(i);
            if (line.isBlank()) {
                continue;
            }
            if (LineShapes.isSeparator(page.text, line)) {
                page.separator[i] = page.noise[i] = true;
            } else if (LineShapes.isPhotoCredit(page.text, line)) {
                page.noise[i] = page.cueNoise[i] = true;
            } else if (startsWith(page.key, line, Kind.KEEP) && line.length() <= START_CUE_LINE) {
                page.keep[i] = true;
            } else if (isHeading(page.key, line)) {
                page.heading[i] = page.noise[i] = page.cueNoise[i] = true;
            } else if (isFooterStart(page.key, line)) {
                page.footer[i] = page.noise[i] = page.cueNoise[i] = true;
            } else if (isCueLine(page.key, line) || LineShapes.isUrlLine(page.key, line)
                    || LineShapes.isPhoneLine(page.text, line) || LineShapes.isMenuLine(page.text, line)) {
                page.noise[i] = page.cueNoise[i] = true;
            }
        }
    }

    private boolean isHeading(String key, Line line) {
        int at = LineShapes.skipOpening(key, line);
        int cue = cues.get(Kind.HEADING).startsAt(key, at, line.trimEnd());
        if (cue == 0) {
            return false;
        }
        int rest = LineShapes.skipDecoration(key, at + cue, line.trimEnd());
        if (rest == line.trimEnd()) {
            return true;
        }
        char after = key.charAt(at + cue);
        boolean labelled = after == ':' || after == '：' || after == '|' || after == '】' || after == ']' || after == '>';
        return labelled && line.isHeadlineLike();
    }

    private boolean isFooterStart(String key, Line line) {
        CueSet footer = cues.get(Kind.FOOTER);
        return footer.startsAt(key, LineShapes.skipOpening(key, line), line.trimEnd()) > 0
                || (line.length() <= FOOTER_CUE_LINE && footer.occursIn(key, line.trimStart(), line.trimEnd()));
    }

    /**
     * A short line starting with a furniture cue, or containing one; a running sentence (a story
     * may mention a hotline or copyright) needs two cues.
     */
    private boolean isCueLine(String key, Line line) {
        if (line.length() <= START_CUE_LINE && startsWith(key, line, Kind.START)) {
            return true;
        }
        if (line.length() > CONTAINS_CUE_LINE) {
            return false;
        }
        int found = cues.get(Kind.CONTAINS).countIn(key, line.trimStart(), line.trimEnd());
        boolean sentence = line.sentenceEnd()
                && line.length() >= (line.isHanDominant() ? HAN_RUNNING_SENTENCE : LATIN_RUNNING_SENTENCE);
        return found >= (sentence ? 2 : 1);
    }

    private boolean startsWith(String key, Line line, Kind kind) {
        int at = LineShapes.skipOpening(key, line);
        return at < line.trimEnd() && cues.get(kind).startsAt(key, at, line.trimEnd()) > 0;
    }

    private boolean isTeaser(PageLines page, int i) {
        Line line = page.line(i);
        return line.length() >= 10 && (LineShapes.endsTruncated(page.text, line)
                || cues.get(Kind.TEASER_END).endsIn(page.key, line.trimStart(), line.trimEnd()));
    }

    private boolean isListItem(PageLines page, int i) {
        Line line = page.line(i);
        return line.isHeadlineLike() || line.isShortItem() || LineShapes.isDatedHeadline(page.text, line);
    }

    private enum Mode { STORY, LIST, FOOTER }

    /**
     * One forward pass over the lines: a "more news" heading, a headline-and-teaser pair or two
     * dated headlines open a list of other stories, which runs over headlines, teasers and the
     * one-paragraph summaries between them, and ends at running text; a footer cue opens a footer
     * that runs while the lines speak of rights, sources and disclaimers.
     */
    private void markRegions(PageLines page) {
        Mode mode = Mode.STORY;
        int lastHeadline = -1;
        int previousContent = -1;
        boolean hadPair = false;
        boolean itemsContiguous = true;
        boolean blankSincePrevious = false;
        for (int i = 0; i < page.lines.size(); i++) {
            Line line = page.line(i);
            if (line.isBlank()) {
                blankSincePrevious = true;
                continue;
            }
            if (page.keep[i]) {
                // a source line stays wherever it stands and changes nothing around it
            } else if (page.heading[i]) {
                mode = Mode.LIST;
                lastHeadline = -1;
                hadPair = false;
                itemsContiguous = true;
            } else if (page.footer[i]) {
                mode = Mode.FOOTER;
            } else if (mode == Mode.FOOTER) {
                if (!page.noise[i]) {
                    if (line.isShortItem()
                            || cues.get(Kind.FOOTER_WORD).occursIn(page.key, line.trimStart(), line.trimEnd())) {
                        page.noise[i] = true;
                    } else {
                        mode = Mode.STORY;
                    }
                }
            } else if (mode == Mode.LIST) {
                if (page.noise[i]) {
                    // separators and furniture inside a list change nothing
                } else if (isTeaser(page, i)) {
                    page.noise[i] = true;
                    hadPair |= lastHeadline >= 0 && lastHeadline == previousContent;
                    lastHeadline = -1;
                } else if (isListItem(page, i)) {
                    if (lastHeadline >= 0 && lastHeadline == previousContent && blankSincePrevious) {
                        itemsContiguous = false;
                    }
                    page.noise[i] = true;
                    lastHeadline = i;
                } else if (lastHeadline >= 0 && lastHeadline == previousContent && endsItem(page, i)) {
                    page.noise[i] = true;
                    hadPair = true;
                    lastHeadline = -1;
                } else {
                    mode = Mode.STORY;
                    if (lastHeadline >= 0 && lastHeadline == previousContent && !page.cueNoise[lastHeadline]
                            && (hadPair || (itemsContiguous && blankBefore(page, lastHeadline)))) {
                        page.noise[lastHeadline] = false;
                    }
                }
            } else if (!page.noise[i]) {
                if (isTeaser(page, i) && previousContent >= 0 && page.line(previousContent).isHeadlineLike()
                        && !page.noise[previousContent] && teaserPairStandsAlone(page, previousContent, i)) {
                    page.noise[previousContent] = page.noise[i] = true;
                    mode = Mode.LIST;
                    lastHeadline = -1;
                    hadPair = true;
                    itemsContiguous = true;
                } else if (LineShapes.isDatedHeadline(page.text, line) && page.nextContent[i] >= 0
                        && LineShapes.isDatedHeadline(page.text, page.line(page.nextContent[i]))) {
                    page.noise[i] = true;
                    mode = Mode.LIST;
                    lastHeadline = i;
                    hadPair = false;
                    itemsContiguous = true;
                }
            }
            previousContent = i;
            blankSincePrevious = false;
        }
    }

    /** A summary paragraph belongs to the list when another item, furniture or the end follows it. */
    private boolean endsItem(PageLines page, int i) {
        int next = page.nextContent[i];
        return next < 0 || page.noise[next] || page.heading[next] || isListItem(page, next) || isTeaser(page, next);
    }

    /**
     * A headline and a teaser are another story's link when furniture precedes them or another
     * item follows; a story that merely ends with "..." keeps its title and text.
     */
    private boolean teaserPairStandsAlone(PageLines page, int headline, int teaser) {
        int before = headline - 1;
        while (before >= 0 && page.line(before).isBlank()) {
            before--;
        }
        int after = page.nextContent[teaser];
        return (before >= 0 && page.noise[before]) || (after >= 0 && (page.noise[after] || isListItem(page, after)));
    }

    private static boolean blankBefore(PageLines page, int i) {
        return i > 0 && page.line(i - 1).isBlank();
    }
}
