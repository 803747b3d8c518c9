package io.scofacts.app;

import io.quarkus.runtime.StartupEvent;
import io.scofacts.core.extract.ArticleInput;
import io.scofacts.core.extract.Extractor;
import io.scofacts.core.factsheet.FactSheet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the extractor and runs it once over a tiny built-in text at start-up, where the
 * deployment asks for it (the extract functions). On Lambda, Quarkus starts the application
 * in the function's init phase; with SnapStart that is before the snapshot, so lexicon and
 * model loading, class loading and the first pass through every recogniser are in the
 * snapshot instead of in the first request after a restore.
 */
@ApplicationScoped
public class ExtractorPriming {

    /**
     * Invented, one text per language the service reads: an article is read in its one
     * language, and each language loads its own resources on first use (the Chinese word
     * lexicon; the Russian morphological dictionary and name model), so each path runs once.
     */
    static final List<String> PRIMING_TEXTS = List.of(
            "中乌数字经济合作项目在塔什干签约,总投资约1.5亿元。",
            "Kazakhstan and China signed 3 digital projects in Astana on Monday.",
            // long enough (60 Cyrillic letters, an ы) that spelling alone names it Russian, not the language model
            "Узбекистан и Китай подписали соглашение о цифровой торговле. Стороны обсудили новые проекты в Ташкенте.");

    @ConfigProperty(name = "scofacts.extractor.prime-at-startup", defaultValue = "false")
    boolean primeAtStartup;

    @Inject
    Provider<Extractor> extractor;

    void onStart(@Observes StartupEvent event) {
        if (primeAtStartup) {
            prime();
        }
    }

    /** The FactSheets of the priming texts, in their order. */
    public List<FactSheet> prime() {
        Extractor pipeline = extractor.get();
        return PRIMING_TEXTS.stream().map(text -> pipeline.extract(ArticleInput.ofText(text))).toList();
    }
}
