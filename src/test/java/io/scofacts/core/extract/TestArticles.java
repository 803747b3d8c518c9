package io.scofacts.core.extract;

import io.scofacts.core.language.LanguageGuess;
import io.scofacts.core.text.TextNormalizer;
import java.time.LocalDate;

/** Builds the input a recogniser sees, for unit tests that run one recogniser on a sentence. */
public final class TestArticles {

    private TestArticles() {
    }

    public static AnalyzedArticle zh(String text) {
        return of(text, "zh", "Hans", null);
    }

    public static AnalyzedArticle zhHant(String text) {
        return of(text, "zh", "Hant", null);
    }

    public static AnalyzedArticle en(String text) {
        return of(text, "en", null, null);
    }

    public static AnalyzedArticle ru(String text) {
        return of(text, "ru", null, null);
    }

    public static AnalyzedArticle of(String text, String language, String script, LocalDate publishedOn) {
        ArticleInput input = new ArticleInput(null, text, null, null, publishedOn, null);
        return new AnalyzedArticle(input, TextNormalizer.normalize(text).simplified(), new LanguageGuess(language, script));
    }

    /** Runs one recogniser on an article and returns what it found. */
    public static Findings run(Recognizer recognizer, AnalyzedArticle article) {
        Findings findings = new Findings();
        recognizer.recognize(article, findings);
        return findings;
    }
}
