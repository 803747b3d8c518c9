package io.scofacts.core.extract;

import io.scofacts.core.factsheet.Span;

/**
 * One place where the story names a country: directly ("乌兹别克斯坦", "Узбекистаном") or through
 * a bilateral short form ("中乌" names CN and UZ, each with its own one-character span).
 */
public record CountryMention(String code, String surface, Span span) {
}
