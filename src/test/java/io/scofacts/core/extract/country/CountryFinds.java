package io.scofacts.core.extract.country;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.CountryMention;
import io.scofacts.core.extract.TestArticles;
import java.util.List;

/** Runs the one shared recogniser and lists what it found as "CODE:surface", checking every span on the way. */
final class CountryFinds {

    static final CountryRecognizer RECOGNIZER = new CountryRecognizer();

    private CountryFinds() {
    }

    static List<String> in(AnalyzedArticle article) {
        List<CountryMention> mentions = mentions(article);
        return mentions.stream().map(m -> m.code() + ":" + m.surface()).toList();
    }

    /** The mentions in text order, each checked to be exactly its span of the submitted text. */
    static List<CountryMention> mentions(AnalyzedArticle article) {
        List<CountryMention> mentions = TestArticles.run(RECOGNIZER, article).countries().stream()
                .sorted((a, b) -> a.span().compareTo(b.span())).toList();
        for (CountryMention m : mentions) {
            assertEquals(m.surface(), article.original().substring(m.span().start(), m.span().end()),
                    "surface must equal its span");
        }
        return mentions;
    }

    static List<String> codes(AnalyzedArticle article) {
        return mentions(article).stream().map(CountryMention::code).toList();
    }
}
