package io.scofacts.core.cases;

import io.scofacts.core.factsheet.Span;

/** Where a source says something: the article, who published it and when, and the offsets. */
public record Citation(String articleId, String publisher, String publishedOn, Span mention) {
}
