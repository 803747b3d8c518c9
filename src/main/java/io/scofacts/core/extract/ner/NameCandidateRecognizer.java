package io.scofacts.core.extract.ner;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.NameCandidate;
import io.scofacts.core.extract.Recognizer;
import io.scofacts.core.factsheet.Span;
import io.scofacts.core.text.NormalizedText;

/**
 * Runs the statistical name tagger over a Russian story and records what it proposes as
 * {@link NameCandidate}s; the person, organisation and place recognisers judge them. Runs after
 * the country and place recognisers: the tokens they cover are features of the tagger.
 */
public final class NameCandidateRecognizer implements Recognizer {

    @Override
    public void recognize(AnalyzedArticle article, Findings findings) {
        if (!"ru".equals(article.language().language())) {
            return;
        }
        NormalizedText view = article.view();
        TokenFeatures features = features(view, findings);
        for (NameTagger.TaggedName name : NameTagger.russian().tag(features)) {
            findings.addNameCandidate(new NameCandidate(name.kind(), view.originalSpan(name.start(), name.end())));
        }
    }

    /** The tagger's input for a story: its tokens and the countries and places found in them. */
    public static TokenFeatures features(NormalizedText view, Findings findings) {
        WordTokens tokens = WordTokens.of(view.text());
        byte[] marks = new byte[tokens.size()];
        findings.countries().forEach(c -> mark(view, tokens, c.span(), TokenFeatures.COUNTRY, marks));
        findings.places().forEach(p -> mark(view, tokens, p.span(), TokenFeatures.PLACE, marks));
        return new TokenFeatures(tokens, marks);
    }

    private static void mark(NormalizedText view, WordTokens tokens, Span span, byte bit, byte[] marks) {
        int end = view.viewIndexOf(span.end());
        for (int t = tokens.firstAtOrAfter(view.viewIndexOf(span.start())); t < tokens.size() && tokens.start(t) < end; t++) {
            marks[t] |= bit;
        }
    }
}
