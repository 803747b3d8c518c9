package io.scofacts.core.cases;

import io.scofacts.core.factsheet.Span;

/** A sentence of a source article, with its offsets in the text as submitted. */
public record SourceSentence(Span span, String text) {
}
