package io.scofacts.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.funqy.Funq;
import io.scofacts.app.ArticleSubmission;
import io.scofacts.core.article.Article;
import jakarta.inject.Inject;
import java.util.Set;

/** submitArticle and getArticle. */
@Admitted
public class ArticleFunctions {

    @Inject
    ArticleSubmission submission;

    public record SubmitArticleResponse(String articleId, boolean duplicate, int length) {
    }

    public record ArticleResponse(String articleId, String title, String url, String publishedOn, String language,
            String submittedAt, int length, String text) {
    }

    @Funq
    public SubmitArticleResponse submitArticle(JsonNode request) {
        ArticleRequest article = ArticleRequest.read(RequestFields.of(request, ArticleRequest.FIELDS));
        ArticleSubmission.Outcome outcome = submission.submit(article.text(), article.title(), article.url(),
                article.publishedOn(), article.language());
        return new SubmitArticleResponse(outcome.articleId(), outcome.duplicate(), article.text().length());
    }

    @Funq
    public ArticleResponse getArticle(JsonNode request) {
        String articleId = Ids.articleId(RequestFields.of(request, Set.of("articleId")));
        Article article = submission.find(articleId);
        return new ArticleResponse(article.articleId(), article.title(), article.url(),
                article.publishedOn() == null ? null : article.publishedOn().toString(), article.languageHint(),
                article.submittedAt().toString(), article.text().length(), article.text());
    }
}
