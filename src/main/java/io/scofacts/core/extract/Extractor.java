package io.scofacts.core.extract;

import io.scofacts.core.extract.country.CountryRecognizer;
import io.scofacts.core.factsheet.FactSheet;
import io.scofacts.core.language.LanguageGuess;
import io.scofacts.core.language.LanguageIdentifier;
import io.scofacts.core.text.NormalizedText;
import io.scofacts.core.text.TextNormalizer;
import io.scofacts.core.text.story.StoryView;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The extraction pipeline: builds the page view and the story view (the page without its
 * furniture, mended where OCR broke it), detects the language on the story, runs every
 * recogniser in order and assembles the FactSheet. One instance is shared by all callers
 * (the functions and {@code bin/extract}); lexicons load once, when it is built.
 */
public final class Extractor {

    /**
     * Identifies the extraction logic. Stored FactSheets made by another version are
     * recomputed on the next request, so bump it whenever a change alters any output.
     */
    public static final String VERSION = "scofacts-extractor/0.3.8";

    private final LanguageIdentifier languageIdentifier;
    private final List<Recognizer> recognizers;
    private final StoryView storyView = new StoryView();

    public Extractor(LanguageIdentifier languageIdentifier, List<Recognizer> recognizers) {
        this.languageIdentifier = languageIdentifier;
        this.recognizers = List.copyOf(recognizers);
    }

    /** The pipeline the service runs, every recogniser in dependency order. */
    public static Extractor standard() {
        return standard(CountryRecognizer::new);
    }

    /** The standard pipeline around a country recogniser built once and shared with other readers. */
    public static Extractor standard(CountryRecognizer countries) {
        return standard(() -> countries);
    }

    /** The language identifier and the recognisers are independent of each other: built side by side. */
    private static Extractor standard(Supplier<? extends CountryRecognizer> countries) {
        List<Supplier<?>> builders = new ArrayList<>(StandardPipeline.builders(countries));
        builders.add(0, LanguageIdentifier::new);
        List<Object> built = ParallelBuild.all(builders);
        List<Recognizer> recognizers = new ArrayList<>();
        for (Object recognizer : built.subList(1, built.size())) {
            recognizers.add((Recognizer) recognizer);
        }
        return new Extractor((LanguageIdentifier) built.get(0), recognizers);
    }

    public FactSheet extract(ArticleInput input) {
        NormalizedText page = storyView.mend(TextNormalizer.normalize(input.text()).simplified());
        NormalizedText story = storyView.storyOf(page);
        LanguageGuess language = languageIdentifier.identify(story.text(), input.languageHint());
        AnalyzedArticle article = new AnalyzedArticle(input, page, story, language);
        Findings findings = new Findings();
        for (Recognizer recognizer : recognizers) {
            recognizer.prepare(article);
        }
        for (Recognizer recognizer : recognizers) {
            recognizer.recognize(article, findings);
        }
        return FactSheetAssembler.assemble(article, findings, VERSION);
    }
}
