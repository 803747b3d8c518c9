package io.scofacts.app;

import io.quarkus.runtime.StartupEvent;
import io.scofacts.core.extract.ArticleInput;
import io.scofacts.core.extract.Extractor;
import io.scofacts.core.factsheet.FactSheet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
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

    /** Invented, in the scripts the service reads, so each language path runs once. */
    static final String PRIMING_TEXT = "中乌数字经济合作项目在塔什干签约,总投资约1.5亿元。\n"
            + "Kazakhstan and China signed 3 digital projects in Astana on Monday.\n"
            + "Узбекистан и Китай подписали соглашение о цифровой торговле.";

    @ConfigProperty(name = "scofacts.extractor.prime-at-startup", defaultValue = "false")
    boolean primeAtStartup;

    @Inject
    Provider<Extractor> extractor;

    void onStart(@Observes StartupEvent event) {
        if (primeAtStartup) {
            prime();
        }
    }

    public FactSheet prime() {
        return extractor.get().extract(ArticleInput.ofText(PRIMING_TEXT));
    }
}
