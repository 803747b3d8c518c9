package io.scofacts.core.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.TestArticles;
import io.scofacts.core.factsheet.DateFact;
import java.util.List;
import java.util.stream.Collectors;

/** Runs the date recogniser and checks what every date test relies on: mentions match their text. */
final class DateAssertions {

    static final DateRecognizer RECOGNIZER = new DateRecognizer();

    private DateAssertions() {
    }

    static Findings run(AnalyzedArticle article) {
        Findings findings = TestArticles.run(RECOGNIZER, article);
        for (DateFact date : findings.dates()) {
            assertEquals(date.text(), article.original().substring(date.mention().start(), date.mention().end()),
                    "mention offsets of " + date);
        }
        return findings;
    }

    static List<DateFact> dates(AnalyzedArticle article) {
        return run(article).dates();
    }

    /** "text=date/precision[/relative]" for each date, in text order: compact to assert on. */
    static String summary(AnalyzedArticle article) {
        return dates(article).stream()
                .map(d -> d.text() + "=" + d.date() + "/" + d.precision() + (d.relative() ? "/relative" : ""))
                .collect(Collectors.joining("; "));
    }
}
