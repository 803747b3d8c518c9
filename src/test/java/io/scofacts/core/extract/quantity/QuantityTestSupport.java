package io.scofacts.core.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.TestArticles;
import io.scofacts.core.factsheet.QuantityFact;
import java.util.List;
import java.util.stream.Collectors;

/** Runs the recogniser on a test sentence and checks what it found. */
final class QuantityTestSupport {

    static final QuantityRecognizer RECOGNIZER = new QuantityRecognizer();

    private QuantityTestSupport() {
    }

    /** Every figure of the article, each checked to cover exactly its text in the submitted text. */
    static List<QuantityFact> figures(AnalyzedArticle article) {
        List<QuantityFact> found = TestArticles.run(RECOGNIZER, article).quantities();
        for (QuantityFact q : found) {
            assertEquals(q.text(), article.original().substring(q.mention().start(), q.mention().end()),
                    "mention must cover the figure's text");
        }
        return found;
    }

    /** The figure written as {@code text} (spaces ignored); fails when there is none. */
    static QuantityFact figure(AnalyzedArticle article, String text) {
        List<QuantityFact> found = figures(article);
        String wanted = squeeze(text);
        return found.stream().filter(q -> squeeze(q.text()).equals(wanted)).findFirst()
                .orElseGet(() -> fail("no figure \"" + text + "\" in " + describe(found)));
    }

    static void assertFigure(AnalyzedArticle article, String text, Number value, String unit, String approx) {
        QuantityFact q = figure(article, text);
        assertEquals(value, q.value(), () -> "value of " + text);
        assertEquals(unit, q.unit(), () -> "unit of " + text);
        assertEquals(approx, q.approx(), () -> "approx of " + text);
    }

    static void assertNone(AnalyzedArticle article) {
        List<QuantityFact> found = figures(article);
        assertTrue(found.isEmpty(), () -> "expected no figure, got " + describe(found));
    }

    static String describe(List<QuantityFact> found) {
        return found.stream().map(q -> q.text() + "=" + q.value() + " " + q.unit() + " " + q.approx())
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
