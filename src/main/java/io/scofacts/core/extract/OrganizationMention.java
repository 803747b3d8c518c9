package io.scofacts.core.extract;

import io.scofacts.core.factsheet.Span;

/** One place where the story names an organisation; {@code country} is ISO alpha-2 or null. */
public record OrganizationMention(String name, String country, Span span) {
}
