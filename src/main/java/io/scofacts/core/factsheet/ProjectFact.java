package io.scofacts.core.factsheet;

import java.util.List;

/** A named cooperation project or case, with the countries and parties the story gives. */
public record ProjectFact(String name, String category, List<String> countries, List<String> parties,
        List<Span> mentions) {
}
