package io.scofacts.core.extract;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article as handed to the extractor: the text exactly as submitted and the metadata that
 * came with it (any of which may be null).
 */
public record ArticleInput(String articleId, String text, String title, String url, LocalDate publishedOn,
        String languageHint) {

    public ArticleInput {
        Objects.requireNonNull(text, "text");
    }

    public static ArticleInput ofText(String text) {
        return new ArticleInput(null, text, null, null, null, null);
    }
}
