package io.scofacts.app;

import io.scofacts.core.article.Article;
import io.scofacts.core.extract.ArticleInput;
import io.scofacts.core.extract.Extractor;
import io.scofacts.core.factsheet.FactSheet;
import io.scofacts.storage.ArticleStore;
import io.scofacts.storage.FactSheetStore;
import io.scofacts.storage.StoredFactSheet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * FactSheets of stored articles are computed once per extractor version and then read; the
 * cases and events they name are brought up to date before the sheet is stored, so a failure in between
 * is repaired by simply asking again.
 */
@ApplicationScoped
public class FactExtraction {

    private static final int MAX_ATTEMPTS = 5;

    @Inject
    Extractor extractor;

    @Inject
    ArticleStore articles;

    @Inject
    FactSheetStore factSheets;

    @Inject
    DossierIndex dossiers;

    /** The FactSheet of a text that is not stored; nothing is written. */
    public FactSheet extractOnce(ArticleInput input) {
        return extractor.extract(input);
    }

    public FactSheet forStoredArticle(String articleId) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Optional<StoredFactSheet> stored = factSheets.find(articleId);
            if (stored.isPresent() && Extractor.VERSION.equals(stored.get().sheet().extractor())) {
                return stored.get().sheet();
            }
            Article article = articles.find(articleId).orElseThrow(() -> new NotFoundException("article", articleId));
            FactSheet sheet = extractor.extract(new ArticleInput(articleId, article.text(), article.title(),
                    article.url(), article.publishedOn(), article.languageHint()));
            dossiers.update(stored.map(StoredFactSheet::sheet).orElse(null), sheet, article.text());
            if (factSheets.replace(sheet, stored.orElse(null))) {
                return sheet;
            }
            // Another request stored a sheet meanwhile: read it (and its case updates) instead.
        }
        throw new IllegalStateException("FactSheet of " + articleId + " kept changing under concurrent updates");
    }
}
