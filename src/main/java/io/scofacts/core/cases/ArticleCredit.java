package io.scofacts.core.cases;

/** The source article as a summary cites it. */
public record ArticleCredit(String articleId, String title, String publisher, String publishedOn, String language) {
}
