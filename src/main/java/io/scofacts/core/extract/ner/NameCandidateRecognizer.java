package io.scofacts.core.extract.ner;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.NameCandidate;
import io.scofacts.core.extract.Recognizer;
import io.scofacts.core.factsheet.Span;
import io.scofacts.core.text.NormalizedText;
import java.util.List;

/**
 * Runs the statistical name tagger over a Russian story and records what it proposes as
 * {@link NameCandidate}s; the person, organisation and place recognisers judge them. Runs after
 * the country and place recognisers: the tokens they cover are features of the tagger.
 */
public final class NameCandidateRecognizer implements Recognizer {

    /** A Russian story is tagged with the model and dictionary: they load while the recognisers before this one run. */
    @Override
    public void prepare(AnalyzedArticle article) {
        if ("ru".equals(article.language().language())) {
            NameTagger.prefetchRussian();
            RussianDictionary.prefetch();
        }
    }

    @Override
    public void recognize(AnalyzedArticle article, Findings findings) {
        if (!"ru".equals(article.language().language())) {
            return;
        }
        NormalizedText view = article.view();
        TokenFeatures features = features(view, findings);
        List<NameTagger.TaggedName> names = NameTagger.russian().tag(features);
        for (int[] name : DocumentConsistency.of(view.text(), names)) {
            findings.addNameCandidate(new NameCandidate(KINDS[name[2]], view.originalSpan(name[0], name[1])));
        }
    }

    private static final NameCandidate.Kind[] KINDS = NameCandidate.Kind.values();

    /** The tagger's input for a story: its tokens and the countries and places found in them. */
    public static TokenFeatures features(NormalizedText view, Findings findings) {
        WordTokens tokens = WordTokens.of(view.text());
        byte[] marks = new byte[tokens.size()];
        findings.countries().forEach(c -> mark(view, tokens, c.span(), TokenFeatures.COUNTRY, marks));
        findings.places().forEach(p -> mark(view, tokens, p.span(), TokenFeatures.PLACE, marks));
        return new TokenFeatures(tokens, marks, RussianDictionary.reader());
    }

    private static void mark(NormalizedText view, WordTokens tokens, Span span, byte bit, byte[] marks) {
        int end = view.viewIndexOf(span.end());
        for (int t = tokens.firstAtOrAfter(view.viewIndexOf(span.start())); t < tokens.size() && tokens.start(t) < end; t++) {
            marks[t] |= bit;
        }
    }
}
