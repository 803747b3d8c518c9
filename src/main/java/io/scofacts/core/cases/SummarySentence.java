package io.scofacts.core.cases;

import io.scofacts.core.factsheet.Span;

/** A sentence of the extractive summary, quoted from a source with its offsets. */
public record SummarySentence(String articleId, Span span, String text) {
}
