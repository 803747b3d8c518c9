package io.scofacts.core.extract.country;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.CountryMention;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.Recognizer;
import io.scofacts.core.factsheet.Span;
import io.scofacts.core.text.NormalizedText;
import java.util.List;

/**
 * Finds every place the story names a country: by name in Chinese (simplified and
 * traditional), English or Russian (any case form), and through the Chinese one-character
 * forms (中乌, 中吉乌, 哈中, 乌方, 中方). Each mention carries the ISO 3166-1 alpha-2 code, the
 * text as written, and its span in the submitted text; a one-character form's surface is its
 * one character ("哈" in 中哈), an "X side" form's is both ("乌方").
 *
 * <p>Names come from the JDK's CLDR data plus the aliases lexicon; see {@link NameMatcher}
 * and {@link ShortFormMatcher} for how ambiguous Chinese text is read. Every script's names
 * are looked for in every article: a Chinese story may quote "Uzbekistan", a Russian one 中俄.
 */
public final class CountryRecognizer implements Recognizer {

    private final NameMatcher names;
    private final ShortFormMatcher shortForms;

    public CountryRecognizer() {
        this.names = new NameMatcher(CountryNameTable.load());
        this.shortForms = new ShortFormMatcher();
    }

    @Override
    public void recognize(AnalyzedArticle article, Findings findings) {
        NormalizedText view = article.view();
        MatchingText text = MatchingText.of(view.text());
        List<Token> nameTokens = names.match(text);
        for (Token token : nameTokens) {
            if (token.code() != null) {
                findings.addCountry(mention(view, text, token));
            }
        }
        for (Token token : shortForms.match(text, nameTokens)) {
            findings.addCountry(mention(view, text, token));
        }
    }

    private static CountryMention mention(NormalizedText view, MatchingText text, Token token) {
        int viewStart = text.viewStart(token.start());
        int viewEnd = text.viewEnd(token.end());
        Span span = view.originalSpan(viewStart, viewEnd);
        return new CountryMention(token.code(), view.original().substring(span.start(), span.end()), span);
    }
}
