package io.scofacts.core.factsheet;

import java.util.List;

/** Direct speech in quotation marks attributed to a named person; {@code mention} covers the quoted text. */
public record QuoteFact(String speaker, String text, List<Span> mention) {

    /** The same quote attributed to {@code name}. */
    public QuoteFact withSpeaker(String name) {
        return new QuoteFact(name, text, mention);
    }
}
