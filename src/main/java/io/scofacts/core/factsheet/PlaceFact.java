package io.scofacts.core.factsheet;

import java.util.List;

/** A named place below country level. */
public record PlaceFact(String name, String country, List<Span> mentions) {
}
