package io.scofacts.core.factsheet;

import java.util.List;

/** Direct speech in quotation marks attributed to a named person; {@code mention} covers the quoted text. */
public record QuoteFact(String speaker, String text, List<Span> mention) {
}
