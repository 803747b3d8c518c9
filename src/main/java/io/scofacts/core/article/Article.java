package io.scofacts.core.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A submitted article: the text exactly as submitted (FactSheet offsets refer to it) and the
 * metadata that came with it. {@code title}, {@code url}, {@code publishedOn} and
 * {@code languageHint} may be null.
 */
public record Article(String articleId, String text, String title, String url, LocalDate publishedOn,
        String languageHint, Instant submittedAt) {

    public Article {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(submittedAt, "submittedAt");
    }
}
