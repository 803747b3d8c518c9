package io.scofacts.core.extract;

import io.scofacts.core.factsheet.Span;

/**
 * One place where the story names a person, with the title and affiliation written beside
 * that mention (null when not there) and the person's country when known.
 */
public record PersonMention(String name, String title, String affiliation, String country, Span span) {
}
