package io.scofacts.core.extract;

import io.scofacts.core.language.LanguageGuess;
import io.scofacts.core.text.NormalizedText;
import java.time.LocalDate;

/**
 * What every recogniser reads: the submitted text, its matching view with the offset map back
 * to the submitted text, the detected language and script, and the submit metadata.
 */
public record AnalyzedArticle(ArticleInput input, NormalizedText view, LanguageGuess language) {

    public String original() {
        return input.text();
    }

    /** The publication date from the submit metadata, else null. Relative dates resolve against it. */
    public LocalDate publishedOn() {
        return input.publishedOn();
    }

    public boolean isChinese() {
        return "zh".equals(language.language());
    }
}
