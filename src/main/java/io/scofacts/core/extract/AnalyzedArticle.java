package io.scofacts.core.extract;

import io.scofacts.core.language.LanguageGuess;
import io.scofacts.core.text.NormalizedText;
import java.time.LocalDate;

/**
 * What every recogniser reads: the submitted text, its matching views with the offset map back
 * to the submitted text, the detected language and script, and the submit metadata.
 *
 * @param page  the whole submitted page, menus and footers included (for credits and titles)
 * @param view  the story only: the page without the noise around the story; facts come from here
 */
public record AnalyzedArticle(ArticleInput input, NormalizedText page, NormalizedText view, LanguageGuess language) {

    /** An article whose page is all story. */
    public AnalyzedArticle(ArticleInput input, NormalizedText view, LanguageGuess language) {
        this(input, view, view, language);
    }

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
