package io.scofacts.core.extract;

import io.scofacts.core.factsheet.Span;
import java.util.List;

/** One place where the story names a cooperation project or case. */
public record ProjectMention(String name, String category, List<String> countries, List<String> parties,
        Span span) {
}
