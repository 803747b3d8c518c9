package io.scofacts.core.cases;

import io.scofacts.core.factsheet.Span;
import java.util.List;

/** An article that names a case or event: its credit, the name as it writes it and the sentences naming it. */
public record Source(String articleId, String title, String publisher, String publishedOn, String nameAsWritten,
        List<Span> sentences) {
}
