package io.scofacts.ner;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.ArticleInput;
import io.scofacts.core.extract.Extractor;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.Recognizer;
import io.scofacts.core.extract.country.CountryRecognizer;
import io.scofacts.core.extract.ner.NameCandidateRecognizer;
import io.scofacts.core.extract.ner.Tags;
import io.scofacts.core.extract.ner.TokenFeatures;
import io.scofacts.core.extract.ner.WordTokens;
import io.scofacts.core.extract.place.PlaceRecognizer;
import io.scofacts.core.language.LanguageIdentifier;
import io.scofacts.core.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns factRuEval documents into what the tagger trains on, exactly as the service will see a
 * story: the story view the extractor builds, the countries and places its recognisers find
 * (features of the tagger), the tokens, and each token's gold label.
 */
final class TrainingStories {

    /** A document as the tagger sees it, with the view to map tokens back to document offsets. */
    record Story(FactRuEvalDocument document, NormalizedText view, TokenFeatures features, int[] gold) {
    }

    private final Capture capture = new Capture();
    private final Extractor earlierRecognizers = new Extractor(new LanguageIdentifier(),
            List.of(new CountryRecognizer(), new PlaceRecognizer(), capture));

    Story story(FactRuEvalDocument document) {
        earlierRecognizers.extract(ArticleInput.ofText(document.text()));
        NormalizedText view = capture.view;
        TokenFeatures features = capture.features;
        WordTokens tokens = features.tokens();
        int[] gold = new int[tokens.size()];
        int m = 0;
        List<FactRuEvalDocument.Mention> names = document.names();
        for (int t = 0; t < tokens.size(); t++) {
            int at = view.originalOffset(tokens.start(t));
            while (m < names.size() && names.get(m).end() <= at) {
                m++;
            }
            if (m < names.size() && names.get(m).start() <= at) {
                FactRuEvalDocument.Mention name = names.get(m);
                boolean first = t == 0 || view.originalOffset(tokens.start(t - 1)) < name.start();
                gold[t] = first ? Tags.begin(name.kind()) : Tags.inside(name.kind());
            }
        }
        return new Story(document, view, features, gold);
    }

    static List<PerceptronTrainer.Sentence> sentences(List<Story> stories) {
        List<PerceptronTrainer.Sentence> sentences = new ArrayList<>();
        for (Story story : stories) {
            TokenFeatures f = story.features();
            int from = 0;
            for (int i = 1; i <= f.size(); i++) {
                if (i == f.size() || f.sentenceOf(i) != f.sentenceOf(from)) {
                    sentences.add(new PerceptronTrainer.Sentence(f, from, i, story.gold()));
                    from = i;
                }
            }
        }
        return sentences;
    }

    private static final class Capture implements Recognizer {

        NormalizedText view;
        TokenFeatures features;

        @Override
        public void recognize(AnalyzedArticle article, Findings findings) {
            view = article.view();
            features = NameCandidateRecognizer.features(article.view(), findings);
        }
    }
}
