package io.scofacts.core.extract;

import io.scofacts.core.factsheet.Span;

/** One place where the story names a document (plan, declaration, report …), its name without 《》. */
public record DocumentMention(String name, Span span) {
}
