package io.scofacts.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.scofacts.DynamoDbLocalResource;
import io.scofacts.core.article.Article;
import io.scofacts.core.text.ContentFingerprint;
import io.scofacts.storage.ArticleStore;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * More work than the service can take in good time is refused with 503, Retry-After and a JSON
 * error, at once, and nothing else breaks: a request that cannot start in time, and an
 * extraction while too many extracted articles wait for their case updates. The limits are set
 * tiny here so that both happen on demand.
 */
@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
@TestProfile(OverloadTest.TinyLimits.class)
class OverloadTest {

    public static class TinyLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("scofacts.admission.concurrency", "1", "scofacts.admission.max-wait-ms", "200",
                    "scofacts.dossiers.local.max-backlog", "0");
        }
    }

    @Inject
    Admission admission;

    @Inject
    ArticleStore articles;

    @Test
    void aRequestThatCannotStartInTimeIsRefusedWithRetryAfter() {
        admission.enter(); // holds the only permit, as a long request would
        try {
            Api.post("listCases", Map.of()).statusCode(503).header("Retry-After", "1")
                    .body("error", equalTo("overloaded")).body("message", not(emptyOrNullString()));
        } finally {
            admission.leave();
        }
        Api.post("listCases", Map.of()).statusCode(200);
    }

    @Test
    void newArticlesAndThenExtractionsWaitWhileTheCaseUpdatesAreBehind() {
        String text = "中吉数字海关合作项目签约，首批10个口岸接入。";
        // new work is refused first ...
        Api.post("submitArticle", Map.of("text", text)).statusCode(503).header("Retry-After", "2")
                .body("error", equalTo("overloaded"));
        // ... and an article stored before the backlog grew waits for its extraction too
        String articleId = ContentFingerprint.articleId(text);
        articles.saveIfAbsent(new Article(articleId, text, null, null, null, null, Instant.now()));
        Api.post("extractFacts", Map.of("articleId", articleId)).statusCode(503).header("Retry-After", "2")
                .body("error", equalTo("overloaded"));
        // a text extracted without being stored adds nothing to the cases: answered
        Api.post("extractFacts", Map.of("text", "中吉数字海关合作项目签约。")).statusCode(200);
    }
}
