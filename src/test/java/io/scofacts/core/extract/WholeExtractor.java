package io.scofacts.core.extract;

import io.scofacts.core.factsheet.FactSheet;

/** The whole standard extractor, built once for the tests that read sentences written for them. */
public final class WholeExtractor {

    private static final Extractor EXTRACTOR = Extractor.standard();

    private WholeExtractor() {
    }

    /** The FactSheet of {@code text} as an article with no title, date or hint. */
    public static FactSheet sheet(String text) {
        return EXTRACTOR.extract(ArticleInput.ofText(text));
    }
}
