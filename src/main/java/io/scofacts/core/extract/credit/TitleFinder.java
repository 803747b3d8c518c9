package io.scofacts.core.extract.credit;

import java.util.function.Predicate;

/**
 * The headline: the last short, unpunctuated line before the story's first paragraph, which
 * skips the menus and hotlines a pasted page starts with; no headline when the text starts
 * with its first paragraph.
 */
final class TitleFinder {

    private static final int MIN_LENGTH = 6;
    private static final int MAX_LENGTH = 120;
    private static final int BODY_LENGTH = 50;
    private static final String SENTENCE_END = "。!?;:.";

    /** Metadata, dateline and byline lines: short and unpunctuated like a headline, but not one. */
    private final Predicate<String> creditLine;

    TitleFinder(Predicate<String> creditLine) {
        this.creditLine = creditLine;
    }

    Lines.Line find(Lines lines) {
        Lines.Line candidate = null;
        for (Lines.Line line : lines.all()) {
            String text = line.trimmed();
            if (isBody(text)) {
                return candidate;
            }
            if (isHeadline(text)) {
                candidate = line;
            }
        }
        return null;
    }

    /**
     * A paragraph: long and made of sentences. A comma alone does not make one, since English
     * headlines ("Kazakhstan, China launch …") use commas where Chinese ones use spaces.
     */
    static boolean isBody(String line) {
        return line.length() >= BODY_LENGTH && (line.chars().anyMatch(c -> "。;!?".indexOf(c) >= 0)
                || line.contains(". ") || line.endsWith(".") || line.endsWith(","));
    }

    private boolean isHeadline(String line) {
        if (line.length() < MIN_LENGTH || line.length() > MAX_LENGTH
                || SENTENCE_END.indexOf(line.charAt(line.length() - 1)) >= 0) {
            return false;
        }
        // "(资料图片仅供参考)": a bracketed note under a picture
        boolean bracketed = "(（[【".indexOf(line.charAt(0)) >= 0 && ")）]】".indexOf(line.charAt(line.length() - 1)) >= 0;
        if (bracketed || creditLine.test(line) || line.contains("http")) {
            return false;
        }
        long letters = line.chars().filter(Character::isLetter).count();
        return letters * 2 > line.length();
    }
}
