package io.scofacts.core.factsheet;

import java.util.List;

/** A named plan, report, declaration, agreement or case collection, without its 《》. */
public record DocumentFact(String name, List<Span> mentions) {
}
