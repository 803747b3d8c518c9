package io.scofacts.core.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.TestArticles;
import io.scofacts.core.factsheet.QuoteFact;
import io.scofacts.core.factsheet.Span;
import java.util.List;
import java.util.stream.Collectors;

/** Runs the quote recogniser and checks what every quote test relies on: one mention matching the text. */
final class QuoteAssertions {

    static final QuoteRecognizer RECOGNIZER = new QuoteRecognizer();

    private QuoteAssertions() {
    }

    static List<QuoteFact> quotes(AnalyzedArticle article) {
        List<QuoteFact> quotes = TestArticles.run(RECOGNIZER, article).quotes();
        for (QuoteFact quote : quotes) {
            assertEquals(1, quote.mention().size(), "one mention per quote");
            Span span = quote.mention().get(0);
            assertEquals(quote.text(), article.original().substring(span.start(), span.end()), "mention of " + quote);
        }
        return quotes;
    }

    /** "speaker: text" per quote, in text order, joined by " | ". */
    static String summary(AnalyzedArticle article) {
        return quotes(article).stream().map(q -> q.speaker() + ": " + q.text()).collect(Collectors.joining(" | "));
    }
}
