package io.scofacts.core.factsheet;

import java.util.List;

/** A country the story names; {@code name} as the story first writes it. */
public record CountryFact(String code, String name, List<Span> mentions) {
}
