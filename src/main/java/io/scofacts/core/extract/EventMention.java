package io.scofacts.core.extract;

import io.scofacts.core.factsheet.Span;

/** One place where the story names an event; {@code date} is ISO (first day) or null, {@code place} a name or null. */
public record EventMention(String name, String date, String place, Span span) {
}
