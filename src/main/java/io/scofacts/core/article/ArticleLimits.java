package io.scofacts.core.article;

/**
 * Size limits of what is accepted as an article. Lengths are UTF-16 code units, the unit of
 * FactSheet offsets and of JavaScript string lengths.
 */
public final class ArticleLimits {

    /** The longest article stored: a long report or a whole newspaper page, with room to spare. */
    public static final int MAX_TEXT_LENGTH = 500_000;
    public static final int MAX_TITLE_LENGTH = 1_000;
    public static final int MAX_URL_LENGTH = 2_048;

    private ArticleLimits() {
    }
}
