package io.scofacts.core.extract;

import io.scofacts.core.factsheet.Span;

/** One place where the story names a place below country level; {@code country} is ISO alpha-2 or null. */
public record PlaceMention(String name, String country, Span span) {
}
