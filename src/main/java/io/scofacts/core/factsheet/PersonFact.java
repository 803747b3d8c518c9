package io.scofacts.core.factsheet;

import java.util.List;

/** A named person, with the title and affiliation stated next to the name (else null). */
public record PersonFact(String name, String title, String affiliation, String country, List<Span> mentions) {
}
