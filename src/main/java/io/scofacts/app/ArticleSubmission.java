package io.scofacts.app;

import io.scofacts.core.article.Article;
import io.scofacts.core.text.ContentFingerprint;
import io.scofacts.storage.ArticleStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;

/** Stores a validated article under its content id, once however often it is submitted. */
@ApplicationScoped
public class ArticleSubmission {

    @Inject
    ArticleStore articles;

    @Inject
    DossierFeed feed;

    public record Outcome(String articleId, boolean duplicate) {
    }

    public Outcome submit(String text, String title, String url, LocalDate publishedOn, String languageHint) {
        if (feed.backlogNearlyFull()) {
            throw new OverloadedException("too many articles are waiting to be added to their cases; "
                    + "submit this one again shortly", FactExtraction.BACKLOG_RETRY_SECONDS);
        }
        String articleId = ContentFingerprint.articleId(text);
        Article article = new Article(articleId, text, title, url, publishedOn, languageHint, Instant.now());
        boolean stored = articles.saveIfAbsent(article);
        return new Outcome(articleId, !stored);
    }

    public Article find(String articleId) {
        return articles.find(articleId).orElseThrow(() -> new NotFoundException("article", articleId));
    }
}
