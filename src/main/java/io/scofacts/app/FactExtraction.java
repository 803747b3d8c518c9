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
 * FactSheets of stored articles are computed once per extractor version and then read. Storing
 * a sheet is all an extraction writes: the cases and events it names are brought up to date
 * afterwards and elsewhere ({@link DossierUpdates}, driven by the FactSheets table's stream in
 * AWS and by {@link DossierFeed} locally), so an extraction never waits on, retries on or fails
 * because of other articles about the same case.
 */
@ApplicationScoped
public class FactExtraction {

    private static final int MAX_ATTEMPTS = 5;
    static final int BACKLOG_RETRY_SECONDS = 2;

    @Inject
    Extractor extractor;

    @Inject
    ArticleStore articles;

    @Inject
    FactSheetStore factSheets;

    @Inject
    DossierFeed feed;

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
            if (feed.backlogFull()) {
                throw new OverloadedException("too many extracted articles are waiting to be added to their cases; "
                        + "extract this one again shortly", BACKLOG_RETRY_SECONDS);
            }
            Article article = articles.find(articleId).orElseThrow(() -> new NotFoundException("article", articleId));
            FactSheet sheet = extractor.extract(new ArticleInput(articleId, article.text(), article.title(),
                    article.url(), article.publishedOn(), article.languageHint()));
            if (factSheets.replace(sheet, stored.orElse(null))) {
                long revision = stored.map(StoredFactSheet::revision).orElse(0L) + 1;
                feed.sheetStored(new StoredSheet(sheet, revision, article.text()));
                return sheet;
            }
            // Another request stored a sheet meanwhile: read it instead.
        }
        throw new IllegalStateException("FactSheet of " + articleId + " kept changing under concurrent updates");
    }
}
